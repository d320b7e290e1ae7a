import type { PlayResult } from '../alerts/alertSound';
import { result, type CheckResult, type DiagnosticDeps } from './diagnosticTypes';

/** More lost connections than this in an hour is a connection that keeps dropping. */
const UNSTABLE_LOSSES_PER_HOUR = 3;

/** docs/PROTOCOL.md §5, class 5: a connection that keeps dropping (network trouble, restarts, timeouts). */
function stabilityCheck(losses: DiagnosticDeps['connectionLosses']): CheckResult {
  if (losses.length < UNSTABLE_LOSSES_PER_HOUR)
    return result('stability', 'pass', { cause: 'stable', losses: losses.length });
  const lastCloseCode = losses.at(-1)?.code ?? null;
  return result('stability', 'warn', { cause: 'keepsDropping', losses: losses.length, lastCloseCode });
}

/** This computer's side: stability, notifications, sound, the dedupe store. */
function speechCheck({ enabled, available, voice }: DiagnosticDeps['speech']): CheckResult {
  if (!enabled) return result('spokenOrders', 'pass', { cause: 'speechOff' });
  if (!available) return result('spokenOrders', 'warn', { cause: 'speechUnavailable' });
  if (voice === null) return result('spokenOrders', 'warn', { cause: 'noVoice' });
  return result('spokenOrders', 'pass', { cause: 'speechReady', voice });
}

export async function runLocalChecks(deps: DiagnosticDeps, report: (result: CheckResult) => void): Promise<void> {
  const { notifications, sound, dedupe } = deps;
  report(orderShapeCheck(deps.degradedFields));
  report(
    {
      keptRunning: result('backgroundMode', 'pass', { cause: 'keptRunning' }),
      stopsWithWindows: result('backgroundMode', 'warn', { cause: 'stopsWithWindows' }),
      unavailable: result('backgroundMode', 'warn', { cause: 'backgroundUnavailable' }),
    }[deps.backgroundMode],
  );
  report(speechCheck(deps.speech));
  report(stabilityCheck(deps.connectionLosses));
  const level = await notifications.permissionLevel().catch(() => 'denied');
  if (level !== 'granted') {
    report(result('notifications', 'fail', { cause: 'notificationsDenied' }));
  } else {
    const shown = await notifications.showTest().then(
      () => null,
      (error: unknown) => String(error),
    );
    report(
      shown === null
        ? result('notifications', 'pass', { cause: 'notificationsShown', platform: notifications.platform })
        : result('notifications', 'fail', { cause: 'notificationFailed', error: shown }),
    );
  }

  if (!sound.enabled) report(result('sound', 'fail', { cause: 'soundOff' }));
  else if (sound.volume === 0) report(result('sound', 'fail', { cause: 'volumeZero' }));
  else {
    const played = await sound
      .playTest()
      .catch((error: unknown): PlayResult => ({ ok: false, problem: String(error) }));
    const { lastAlert } = sound;
    report(
      played.ok && lastAlert && !lastAlert.ok
        ? // The test plays, yet the last order's alert did not: that is what staff missed.
          result('sound', 'warn', { cause: 'alertSoundFailed', at: lastAlert.at, error: lastAlert.error ?? '' })
        : played.ok
          ? result('sound', sound.quiet ? 'warn' : 'pass', {
              cause: 'soundPlayed',
              volume: sound.volume,
              quiet: sound.quiet,
              repeatsAt: sound.repeatsAt,
            })
          : result('sound', 'fail', { cause: 'soundFailed', error: played.problem }),
    );
  }

  // A full dedupe store is normal: the oldest ids make room. Full browser storage is not.
  const count = await dedupe.count().catch(() => null);
  report(
    deps.storageFailing.length > 0
      ? result('dedupeStore', 'fail', { cause: 'storageFull', failing: deps.storageFailing })
      : count === null
        ? result('dedupeStore', 'fail', { cause: 'dedupeUnreadable' })
        : result('dedupeStore', 'pass', {
            cause: 'dedupeStore',
            count,
            capacity: dedupe.capacity,
            duplicates: dedupe.duplicates,
          }),
  );
}

/** The server's orders arrive with fields missing or of another type (announced all the same). */
function orderShapeCheck(degraded: DiagnosticDeps['degradedFields']): CheckResult {
  const fields = Object.entries(degraded)
    .map(([field, count]) => ({ field, count }))
    .sort((a, b) => b.count - a.count || a.field.localeCompare(b.field));
  return fields.length === 0
    ? result('orderShape', 'pass', { cause: 'shapeOk' })
    : result('orderShape', 'warn', { cause: 'partialShape', fields });
}
