import { describe, expect, it } from 'vitest';
import { reconnectDelay } from '../../../utils/connection/reconnectDelay';

const extremes = [() => 0, () => 0.999999];

describe('reconnectDelay', () => {
  it('retries the first time within a second', () => {
    for (const random of extremes) expect(reconnectDelay(0, 0, random)).toBeLessThan(1000);
  });

  it('keeps retries at most 2 s apart during the first 30 s of an outage', () => {
    for (const random of extremes) {
      for (const attempt of [1, 5, 20]) {
        const delay = reconnectDelay(attempt, 29_000, random);
        expect(delay).toBeGreaterThanOrEqual(500);
        expect(delay).toBeLessThanOrEqual(2000);
      }
    }
  });

  it('backs off exponentially after 30 s, never beyond 30 s and never below 1 s', () => {
    expect(reconnectDelay(2, 31_000, () => 0.999999)).toBeLessThanOrEqual(4000);
    expect(reconnectDelay(4, 31_000, () => 0.999999)).toBeGreaterThan(15_000);
    for (const random of extremes) {
      const delay = reconnectDelay(50, 600_000, random);
      expect(delay).toBeGreaterThanOrEqual(1000);
      expect(delay).toBeLessThanOrEqual(30_000);
    }
  });

  it('spreads computers apart: the delay follows the jitter', () => {
    expect(reconnectDelay(6, 60_000, () => 0.1)).not.toBe(reconnectDelay(6, 60_000, () => 0.9));
  });
});
