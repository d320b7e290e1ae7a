import { describe, expect, it } from 'vitest';
import { parseCreatedAt } from '../../../utils/orders/createdAt';
import { classifyOrder } from '../../../utils/orders/orderFilter';
import { sampleOrder } from '../sampleOrder';

describe('parseCreatedAt', () => {
  it('reads a naive server timestamp as UTC, not as the browser’s local time', () => {
    expect(parseCreatedAt('2025-11-27T14:15:03.120934')).toBe(Date.UTC(2025, 10, 27, 14, 15, 3, 120));
  });

  it('honours an explicit offset', () => {
    expect(parseCreatedAt('2025-11-27T17:15:03+03:00')).toBe(Date.UTC(2025, 10, 27, 14, 15, 3));
    expect(parseCreatedAt('2025-11-27T14:15:03Z')).toBe(Date.UTC(2025, 10, 27, 14, 15, 3));
  });

  it('reads naive timestamps in a configured server time zone', () => {
    expect(parseCreatedAt('2025-11-27T17:15:03', 'Asia/Damascus')).toBe(Date.UTC(2025, 10, 27, 14, 15, 3));
  });

  it('gives up on what is not a timestamp', () => {
    expect(parseCreatedAt('yesterday')).toBeNull();
  });
});

describe('classifyOrder', () => {
  const now = Date.UTC(2025, 10, 27, 14, 20);
  const settings = { now, catchUpMaxAgeMs: 24 * 3_600_000, serverTimeZone: 'UTC' };

  it('never announces finished orders, and records handled ones silently', () => {
    for (const status of ['completed', 'cancelled', 'rejected']) {
      expect(classifyOrder(sampleOrder({ status }), 'live', settings)).toBe('terminal');
    }
    expect(classifyOrder(sampleOrder({ status: 'accepted' }), 'catchUp', settings)).toBe('handled');
  });

  it('announces a live broadcast whatever its age: it is new by definition', () => {
    expect(classifyOrder(sampleOrder({ createdAt: '2020-01-01T00:00:00' }), 'live', settings)).toBe('announce');
  });

  it('announces caught-up orders up to the maximum age, and keeps older ones quiet', () => {
    expect(
      classifyOrder(sampleOrder({ createdAt: '2025-11-26T15:00:00', status: 'pending' }), 'catchUp', settings),
    ).toBe('announce');
    expect(classifyOrder(sampleOrder({ createdAt: '2025-11-26T14:00:00' }), 'catchUp', settings)).toBe('stale');
  });

  it('announces an order with a status it does not know: better one alert too many', () => {
    expect(classifyOrder(sampleOrder({ status: 'awaiting_payment' }), 'live', settings)).toBe('announce');
  });
});
