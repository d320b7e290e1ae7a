import * as z from 'zod/mini';
import type { Failed } from '../failed';
import type { Outcome } from '../outcome';
import { storedValueParser } from '../storedValueParser';
import type { Timers } from '../timers';

/** Bundled alert sounds; `beep` is the old dashboard's 800 Hz tone of 0.5 s. Stored in settings: names never change. */
export const SOUND_NAMES = ['beep', 'chime', 'bell'] as const;
export type SoundName = (typeof SOUND_NAMES)[number];

/** A sound to play now (the offscreen document's one message, and the options page's "test"). */
export const soundRequestSchema = z.object({
  sound: z.enum(SOUND_NAMES),
  volume: z.int().check(z.minimum(0), z.maximum(100)),
});
export type SoundRequest = z.infer<typeof soundRequestSchema>;

/** Whether a sound played, or why not (the browser refusing playback, a missing document). */
export type PlayResult = Outcome<object, string>;

/** Plays a sound at a volume (0–100), however this browser can. */
export type PlaySound = (sound: SoundName, volume: number) => Promise<PlayResult>;

/** Orders closer together than this share one sound: a burst rings once. */
export const MIN_RING_GAP_MS = 2_000;

/** The last alert sound the offscreen document played, or why it could not. */
const lastSoundSchema = z.object({
  at: z.number(),
  sound: z.enum(SOUND_NAMES),
  ok: z.boolean(),
  error: z.optional(z.string()),
});
export type LastSound = z.infer<typeof lastSoundSchema>;

/** The stored last sound (the worker writes it, the troubleshooter reads it); null if none or malformed. */
export const parseLastSound = storedValueParser(lastSoundSchema);

interface SoundSettings {
  soundEnabled: boolean;
  sound: SoundName;
  soundVolume: number;
}

export interface AlertSoundDeps {
  play: PlaySound;
  settings(): SoundSettings;
  now(): number;
  /** Every attempt's result, so a silent failure can be named. */
  onPlayed(result: PlayResult & { sound: SoundName; at: number }): void;
  failed: Failed;
}

export class AlertSound {
  #lastAttemptAt: number | null = null;

  readonly #deps: AlertSoundDeps;

  constructor(deps: AlertSoundDeps) {
    this.#deps = deps;
  }

  /** When the sound last rang (or tried to), null if never. */
  get lastRungAt(): number | null {
    return this.#lastAttemptAt;
  }

  /** Rings unless sound is off or it rang less than 2 s ago. */
  ring(): void {
    const { soundEnabled, sound, soundVolume } = this.#deps.settings();
    const now = this.#deps.now();
    if (!soundEnabled || soundVolume === 0) return;
    if (this.#lastAttemptAt !== null && now - this.#lastAttemptAt < MIN_RING_GAP_MS) return;
    this.#lastAttemptAt = now;
    this.#deps
      .play(sound, soundVolume)
      .catch((error: unknown): PlayResult => ({ ok: false, problem: String(error) }))
      .then((result) => this.#deps.onPlayed({ ...result, sound, at: now }))
      .catch(this.#deps.failed('reporting the sound'));
  }
}

interface RepeatSettings {
  repeatUntilAcknowledged: boolean;
  repeatIntervalSeconds: number;
  /** Ringing stops this long after the oldest unseen order arrived, seen or not. */
  repeatMaxMinutes: number;
}

/**
 * When the alert sound should ring again for unseen orders, or null for never. It
 * repeats every interval after the last ring, until the orders are seen or the oldest
 * unseen one has rung for the maximum time.
 */
function nextRepeatAt(
  settings: RepeatSettings,
  state: { oldestUnseenAt: number | null; lastRungAt: number | null },
): number | null {
  if (!settings.repeatUntilAcknowledged || state.oldestUnseenAt === null || state.lastRungAt === null) return null;
  const next = state.lastRungAt + settings.repeatIntervalSeconds * 1000;
  return next <= state.oldestUnseenAt + settings.repeatMaxMinutes * 60_000 ? next : null;
}

export interface RepeatRingerDeps extends Timers {
  settings(): RepeatSettings & { soundEnabled: boolean };
  oldestUnseenAt(): number | null;
  lastRungAt(): number | null;
  ring(): void;
  isQuiet(now: number): boolean;
  now(): number;
  /** When the next ring is due, or null when nothing rings: published for the popup and tests. */
  onScheduled?(at: number | null): void;
}

/**
 * "Repeat until acknowledged": rings again every interval while any announced order is
 * unseen, up to the maximum time. Call `reschedule()` after every ring, every change of
 * what is seen, and every settings change; it keeps at most one timer.
 */
export class RepeatRinger {
  #timer: unknown = null;
  #lastTickAt: number | null = null;

  readonly #deps: RepeatRingerDeps;

  constructor(deps: RepeatRingerDeps) {
    this.#deps = deps;
  }

  /** After a worker restart: resume the rhythm from now instead of ringing at once. */
  resume(): void {
    this.#lastTickAt = this.#deps.now();
    this.reschedule();
  }

  reschedule(): void {
    if (this.#timer !== null) this.#deps.clearTimeout(this.#timer);
    this.#timer = null;
    const settings = this.#deps.settings();
    if (!settings.soundEnabled) return this.#deps.onScheduled?.(null);
    const lastRungAt = Math.max(this.#deps.lastRungAt() ?? -Infinity, this.#lastTickAt ?? -Infinity);
    const at = nextRepeatAt(settings, {
      oldestUnseenAt: this.#deps.oldestUnseenAt(),
      lastRungAt: Number.isFinite(lastRungAt) ? lastRungAt : null,
    });
    this.#deps.onScheduled?.(at);
    if (at === null) return;
    this.#timer = this.#deps.setTimeout(
      () => {
        this.#timer = null;
        const now = this.#deps.now();
        this.#lastTickAt = now;
        // Quiet hours skip a ring but keep the rhythm.
        if (!this.#deps.isQuiet(now)) this.#deps.ring();
        this.reschedule();
      },
      Math.max(0, at - this.#deps.now()),
    );
  }
}
