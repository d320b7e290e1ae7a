import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  KEEPALIVE_INTERVAL_MS,
  SILENCE_FACTOR,
  SocketLiveness,
  STABLE_AFTER_MS,
} from '../../../utils/connection/socketLiveness';

describe('SocketLiveness', () => {
  const PING_MS = 30_000;
  let events: string[];
  let liveness: SocketLiveness;

  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
    liveness = new SocketLiveness({
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      serverPingIntervalMs: () => PING_MS,
      sendPing: () => events.push('ping'),
      onSilent: () => events.push('silent'),
      onStable: () => events.push('stable'),
    });
  });
  afterEach(() => vi.useRealTimers());

  it('declares a socket dead after 2.5 server ping periods of silence', () => {
    liveness.start();
    vi.advanceTimersByTime(SILENCE_FACTOR * PING_MS - 1);
    expect(events).not.toContain('silent');
    vi.advanceTimersByTime(1);
    expect(events).toContain('silent');
  });

  it('keeps a socket that the server keeps talking on', () => {
    liveness.start();
    for (let tick = 0; tick < 10; tick++) {
      vi.advanceTimersByTime(PING_MS);
      liveness.heard();
    }
    expect(events).not.toContain('silent');
    expect(events.filter((event) => event === 'ping')).toHaveLength(Math.floor((10 * PING_MS) / KEEPALIVE_INTERVAL_MS));
    expect(events).toContain('stable');
  });

  it('stops every timer when the socket goes', () => {
    liveness.start();
    liveness.stop();
    vi.advanceTimersByTime(STABLE_AFTER_MS * 10);
    expect(events).toEqual([]);
  });
});
