import { AlertSound, RepeatRinger, type LastSound, type PlaySound } from '../alerts/alertSound';
import { coalescedTask, type CoalescedTaskDeps } from '../coalescedTask';
import type { NewEvent } from '../diagnostics/eventLog';
import type { ReceivedOrderList } from '../orders/receivedOrderList';
import type { Settings } from '../settings/settings';
import { browserTimers } from '../timers';

const PUBLISH_DELAY_MS = 200;

export interface AlertRingingDeps {
  play: PlaySound;
  settings(): Settings;
  received: ReceivedOrderList;
  isQuiet(now: number): boolean;
  log(event: NewEvent): void;
  /** What the next ring's publisher waits with and fails to. */
  writeBehind: CoalescedTaskDeps;
  /** For the troubleshooter: the last sound's outcome, and when the next ring is due. */
  saveLastSound(lastSound: LastSound): Promise<unknown>;
  saveNextRingAt(at: number | null): Promise<unknown>;
}

/** The alert sound and its "repeat until seen" rhythm over the unseen orders. */
export function alertRinging(deps: AlertRingingDeps) {
  const sound = new AlertSound({
    play: deps.play,
    settings: deps.settings,
    now: Date.now,
    failed: deps.writeBehind.failed,
    onPlayed: ({ at, sound, ...result }) => {
      if (!result.ok) deps.log({ kind: 'sound', sound, error: result.problem });
      deps
        .saveLastSound({ at, sound, ok: result.ok, error: result.ok ? undefined : result.problem })
        .catch(deps.writeBehind.failed('saving the last sound'));
    },
  });

  let nextRingAt: number | null = null;
  const publisher = coalescedTask(
    'saving the next ring',
    () => deps.saveNextRingAt(nextRingAt),
    PUBLISH_DELAY_MS,
    deps.writeBehind,
  );
  const ringer = new RepeatRinger({
    settings: deps.settings,
    oldestUnseenAt: () => deps.received.oldestUnseenAt(),
    lastRungAt: () => sound.lastRungAt,
    ring: () => sound.ring(),
    isQuiet: deps.isQuiet,
    now: Date.now,
    ...browserTimers,
    onScheduled: (at) => {
      if (at === nextRingAt) return;
      nextRingAt = at;
      publisher.schedule();
    },
  });

  return {
    /** A new order: ring now (one sound for a burst), then keep the rhythm. */
    ring(): void {
      sound.ring();
      ringer.reschedule();
    },
    /** After anything that changes what is unseen, or the settings. */
    reschedule: () => ringer.reschedule(),
    /** After a worker restart: keep the rhythm from now instead of ringing at once. */
    resume: () => ringer.resume(),
  };
}
