import { describe, expect, it } from 'vitest';
import {
  describeEvent,
  describeEventWithCount,
  EVENT_LOG_SIZE,
  EventLog,
  parseEventLog,
  type LoggedEvent,
} from '../../../utils/diagnostics/eventLog';
import { redact } from '../../../utils/diagnostics/redact';

describe('EventLog', () => {
  function logOver(stored: LoggedEvent[]) {
    let saved: LoggedEvent[] = [];
    let now = 0;
    const log = new EventLog({ load: async () => stored, save: async (events) => (saved = events), now: () => ++now });
    return { log, saved: () => saved };
  }
  const orderEvent = (orderId: number) => ({ kind: 'order', orderId, outcome: 'announced' }) as const;

  it('keeps the newest 500 events, after the ones a previous worker stored', async () => {
    const { log, saved } = logOver([{ at: 0, kind: 'connection', state: 'open' }]);
    for (let index = 0; index < EVENT_LOG_SIZE + 10; index++) log.record(orderEvent(index));
    await log.flush();
    expect(saved()).toHaveLength(EVENT_LOG_SIZE);
    expect(saved().at(-1)).toMatchObject({ kind: 'order', orderId: EVENT_LOG_SIZE + 9 });
    expect(saved().some((event) => event.kind === 'connection')).toBe(false);
  });

  it('adds events recorded while it was loading after the stored ones', async () => {
    const { log, saved } = logOver([{ at: 0, kind: 'connection', state: 'open' }]);
    log.record(orderEvent(7));
    await log.flush();
    expect(saved().map((event) => event.kind)).toEqual(['connection', 'order']);
  });

  it('words every event for the report: close codes, causes and outcomes', () => {
    expect(describeEvent({ at: 0, kind: 'connectionLost', code: 1006, reason: '' })).toBe('code 1006, no reason');
    expect(describeEvent({ at: 0, kind: 'connection', state: 'waiting', cause: 'dropped', closeCode: 1011 })).toBe(
      'waiting (dropped, close code 1011)',
    );
    expect(describeEvent({ at: 0, kind: 'order', orderId: 4, orderNumber: 'ORD-4', outcome: 'announced' })).toBe(
      '#4 ORD-4: announced',
    );
    expect(describeEvent({ at: 0, kind: 'accept', orderId: 4, problem: 'notFound' })).toBe(
      '#4: accept failed (notFound)',
    );
  });

  it('reads back only well-formed entries: a foreign or older entry is dropped, not the log', () => {
    const stored = [
      { at: 1, kind: 'connection', detail: 'prose from version 1' },
      { at: 2, kind: 'catchUp', error: 'x' },
    ];
    expect(parseEventLog(stored)).toEqual([{ at: 2, kind: 'catchUp', error: 'x' }]);
    expect(parseEventLog('not a list')).toEqual([]);
  });
});

describe('redact', () => {
  it('removes the session token, any JWT, and all but the last two digits of phone numbers', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOjd9.sig-nature_1';
    const text = `token=admin_token_1 other=${jwt} customer 0933123456 and +963933123457`;
    const safe = redact(text, ['admin_token_1']);
    expect(safe).not.toContain('admin_token_1');
    expect(safe).not.toContain(jwt);
    expect(safe).not.toMatch(/0933123456|963933123457/);
    expect(safe).toContain('56');
    expect(safe).toContain('[token]');
  });

  it('removes a user name and password written into a URL', () => {
    expect(redact('server https://admin:s3cret@shop.example/api', [])).toBe(
      'server https://[credentials]@shop.example/api',
    );
  });
});

describe('EventLog merging', () => {
  it('merges a cycle that keeps repeating into entries with counts, so it cannot wash the log out', async () => {
    let saved: LoggedEvent[] = [];
    let now = 0;
    const log = new EventLog({ load: async () => [], save: async (events) => (saved = events), now: () => ++now });
    for (let cycle = 0; cycle < 1_000; cycle++) {
      log.record({ kind: 'connection', state: 'connecting' });
      log.record({ kind: 'connection', state: 'open' });
      log.record({ kind: 'connectionLost', code: 1006, reason: '' });
    }
    await log.flush();
    expect(saved).toHaveLength(3);
    expect(saved.map((event) => event.count)).toEqual([1_000, 1_000, 1_000]);
    expect(describeEventWithCount(saved[2]!)).toBe('code 1006, no reason (×1000)');
  });

  it('cuts long error texts', async () => {
    let saved: LoggedEvent[] = [];
    const log = new EventLog({ load: async () => [], save: async (events) => (saved = events), now: () => 0 });
    log.record({ kind: 'catchUp', error: 'x'.repeat(100_000) });
    await log.flush();
    expect(JSON.stringify(saved).length).toBeLessThan(1_000);
  });
});
