import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AlertSound, MIN_RING_GAP_MS, RepeatRinger, type SoundName } from '../../../utils/alerts/alertSound';

describe('AlertSound', () => {
  it('rings once for orders closer than 2 s, and not at all when sound is off', async () => {
    let now = 0;
    const played: SoundName[] = [];
    const settings = { soundEnabled: true, sound: 'chime' as SoundName, soundVolume: 60 };
    const results: boolean[] = [];
    const sound = new AlertSound({
      play: async (name) => (played.push(name), { ok: true }),
      settings: () => settings,
      now: () => now,
      onPlayed: (result) => results.push(result.ok),
      failed: () => () => undefined,
    });
    sound.ring();
    now = MIN_RING_GAP_MS - 1;
    sound.ring();
    now = MIN_RING_GAP_MS;
    sound.ring();
    settings.soundEnabled = false;
    now = 10 * MIN_RING_GAP_MS;
    sound.ring();
    await Promise.resolve();
    expect(played).toEqual(['chime', 'chime']);
  });

  it('reports a refused playback instead of failing silently', async () => {
    const results: { ok: boolean }[] = [];
    const sound = new AlertSound({
      play: async () => {
        throw new Error('NotAllowedError');
      },
      settings: () => ({ soundEnabled: true, sound: 'beep', soundVolume: 80 }),
      now: () => 0,
      onPlayed: (result) => results.push(result),
      failed: () => () => undefined,
    });
    sound.ring();
    await vi.waitFor(() =>
      expect(results).toEqual([{ ok: false, problem: 'Error: NotAllowedError', sound: 'beep', at: 0 }]),
    );
  });
});

describe('RepeatRinger', () => {
  let rings: number[];
  let unseenSince: number | null;
  let quiet: boolean;
  const settings = {
    soundEnabled: true,
    repeatUntilAcknowledged: true,
    repeatIntervalSeconds: 30,
    repeatMaxMinutes: 2,
  };

  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    rings = [];
    unseenSince = 0;
    quiet = false;
  });
  afterEach(() => vi.useRealTimers());

  const ringer = () => {
    let lastRungAt: number | null = 0;
    const repeat: RepeatRinger = new RepeatRinger({
      settings: () => settings,
      oldestUnseenAt: () => unseenSince,
      lastRungAt: () => lastRungAt,
      ring: () => {
        lastRungAt = Date.now();
        rings.push(Date.now());
      },
      isQuiet: () => quiet,
      now: () => Date.now(),
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
    });
    return repeat;
  };

  it('rings every 30 s while an order is unseen, for at most the maximum time', () => {
    ringer().reschedule();
    vi.advanceTimersByTime(10 * 60_000);
    expect(rings).toEqual([30_000, 60_000, 90_000, 120_000]);
  });

  it('stops as soon as the orders are seen', () => {
    const repeat = ringer();
    repeat.reschedule();
    vi.advanceTimersByTime(30_000);
    unseenSince = null;
    repeat.reschedule();
    vi.advanceTimersByTime(10 * 60_000);
    expect(rings).toEqual([30_000]);
  });

  it('skips rings in quiet hours without losing the rhythm', () => {
    quiet = true;
    ringer().reschedule();
    vi.advanceTimersByTime(45_000);
    quiet = false;
    vi.advanceTimersByTime(30_000);
    expect(rings).toEqual([60_000]);
  });
});
