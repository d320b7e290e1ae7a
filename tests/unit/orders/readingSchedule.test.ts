import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIST_READING_PERIOD_MS, listReading } from '../../../utils/connection/listReading';
import { ReadingSchedule } from '../../../utils/orders/readingSchedule';
import { SAFETY_NET_PERIOD_MS, safetyNet } from '../../../utils/orders/safetyNet';

describe('ReadingSchedule: the safety net and list reading', () => {
  let reads: number[];
  let lastReadAt: number;
  let slowRead: Promise<void> | null;
  let reading: ReadingSchedule;

  beforeEach(() => {
    vi.useFakeTimers();
    reads = [];
    lastReadAt = -Infinity;
    slowRead = null;
    reading = new ReadingSchedule({
      rhythms: { safetyNet, listReading },
      read: async () => {
        reads.push(Date.now());
        lastReadAt = Date.now();
        await slowRead;
      },
      lastReadAt: () => lastReadAt,
      now: Date.now,
      random: () => 0.5,
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      onReadFailed: (error) => {
        throw error;
      },
    });
  });
  afterEach(() => vi.useRealTimers());

  it('reads the order list about once a minute while the stream is open', async () => {
    reading.setMode('safetyNet');
    await vi.advanceTimersByTimeAsync(10 * SAFETY_NET_PERIOD_MS);
    expect(reads).toHaveLength(10);
  });

  it('reads nothing while the stream is down or signed out, and resumes with it', async () => {
    reading.setMode('safetyNet');
    await vi.advanceTimersByTimeAsync(SAFETY_NET_PERIOD_MS);
    reading.setMode('off');
    await vi.advanceTimersByTimeAsync(10 * SAFETY_NET_PERIOD_MS);
    expect(reads).toHaveLength(1);
    reading.setMode('safetyNet');
    await vi.advanceTimersByTimeAsync(SAFETY_NET_PERIOD_MS);
    expect(reads).toHaveLength(2);
  });

  it('a stream that opens and drops every second reads the list once a period, not at every drop', async () => {
    for (let second = 0; second < 60; second++) {
      reading.setMode(second % 2 ? 'safetyNet' : 'listReading');
      await vi.advanceTimersByTimeAsync(1_000);
    }
    // 60 s of flapping: a read at the first drop, then one per 15 s period at most.
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.length).toBeLessThanOrEqual(60_000 / LIST_READING_PERIOD_MS);
  });

  it('skips a read right after a catch-up read the list', async () => {
    reading.setMode('safetyNet');
    await vi.advanceTimersByTimeAsync(SAFETY_NET_PERIOD_MS - 5_000);
    lastReadAt = Date.now();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(reads).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(SAFETY_NET_PERIOD_MS);
    expect(reads).toHaveLength(1);
  });

  it('never has two reads in flight, and reads at once when the computer wakes', async () => {
    let finish = () => undefined as void;
    slowRead = new Promise<void>((resolve) => (finish = resolve));
    reading.setMode('safetyNet');
    reading.wake();
    reading.wake();
    expect(reads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3 * SAFETY_NET_PERIOD_MS);
    expect(reads).toHaveLength(1);
    finish();
    slowRead = null;
    await vi.advanceTimersByTimeAsync(SAFETY_NET_PERIOD_MS);
    expect(reads).toHaveLength(2);
  });

  it('spreads reads of different computers: each wait is the period ±20 %', async () => {
    const waits: number[] = [];
    for (const random of [0, 1]) {
      const timers: number[] = [];
      new ReadingSchedule({
        rhythms: { safetyNet, listReading },
        read: async () => undefined,
        lastReadAt: () => -Infinity,
        now: Date.now,
        random: () => random,
        setTimeout: (_callback, ms) => timers.push(ms),
        clearTimeout: () => undefined,
        onReadFailed: () => undefined,
      }).setMode('safetyNet');
      waits.push(...timers);
    }
    expect(waits[0]).toBeCloseTo(0.8 * SAFETY_NET_PERIOD_MS);
    expect(waits[1]).toBeCloseTo(1.2 * SAFETY_NET_PERIOD_MS);
  });

  it('reading the list instead of a refused stream: at once, then every 15 s even right after a read, until the stream is back', async () => {
    reading.setMode('listReading');
    await vi.advanceTimersByTimeAsync(0);
    expect(reads).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(4 * LIST_READING_PERIOD_MS);
    expect(reads).toHaveLength(5);
    reading.setMode('off');
    await vi.advanceTimersByTimeAsync(10 * LIST_READING_PERIOD_MS);
    expect(reads).toHaveLength(5);
  });
});
