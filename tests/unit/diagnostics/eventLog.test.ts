import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosticReport } from '../../../utils/diagnostics/diagnosticReport';
import { EVENT_LOG_SIZE, EventLog, parseEventLog, type LoggedEvent } from '../../../utils/diagnostics/eventLog';
import { describeEvent, describeEventWithCount } from '../../../utils/diagnostics/eventWords';
import { redact } from '../../../utils/diagnostics/redact';
import { writeBehind } from '../writeBehind';

/** An event log over these stored events, on a clock that ticks once per event; what it saved last. */
function logOver(stored: LoggedEvent[]) {
  let saved: LoggedEvent[] = [];
  let now = 0;
  const log = new EventLog({
    load: async () => stored,
    save: async (events) => (saved = events),
    now: () => ++now,
    ...writeBehind,
  });
  return { log, saved: () => saved };
}

describe('EventLog', () => {
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
    const { log, saved } = logOver([]);
    for (let cycle = 0; cycle < 1_000; cycle++) {
      log.record({ kind: 'connection', state: 'connecting' });
      log.record({ kind: 'connection', state: 'open' });
      log.record({ kind: 'connectionLost', code: 1006, reason: '' });
    }
    await log.flush();
    expect(saved()).toHaveLength(3);
    expect(saved().map((event) => event.count)).toEqual([1_000, 1_000, 1_000]);
    expect(describeEventWithCount(saved()[2]!)).toBe('code 1006, no reason (×1000)');
  });

  it('cuts long error texts', async () => {
    const { log, saved } = logOver([]);
    log.record({ kind: 'catchUp', error: 'x'.repeat(100_000) });
    await log.flush();
    expect(JSON.stringify(saved()).length).toBeLessThan(1_000);
  });
});

describe("the server's text in the event log and the copied report", () => {
  // Controls, bidi overrides and isolates, and the invisible characters that hide or join text.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const FORGING = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

  async function reportLinesOf(reason: string) {
    const { log, saved } = logOver([]);
    log.record({ kind: 'connectionLost', code: 1000, reason });
    await log.flush();
    const report = diagnosticReport(
      {
        generatedAt: 0,
        extensionVersion: '0.3.0',
        userAgent: 'test',
        apiBaseUrl: null,
        checks: [],
        counters: {},
        events: saved(),
      },
      [],
    );
    return { saved: saved(), lines: report.split('\n') };
  }

  it('a close reason cannot add a line such as "[pass] Server: all fine", nor turn it around or hide letters', async () => {
    const { saved, lines } = await reportLinesOf('bye\n[pass] Server: all fine\u202e\u200bok\u00ad\u2060');
    expect(lines.filter((line) => line.startsWith('[pass]'))).toEqual([]);
    expect(lines.at(-1)).toContain('reason "bye [pass] Server: all fine ok"');
    expect(JSON.stringify(saved)).not.toMatch(FORGING);
  });

  it('whatever the server sends: one bounded line per event, nothing hidden or reordered', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 2_000 }), async (reason) => {
        const { lines } = await reportLinesOf(reason);
        const last = lines.at(-1)!;
        expect(lines.at(-2)).toMatch(/^## Event log/);
        expect(last).not.toMatch(FORGING);
        expect(last.length).toBeLessThan(400);
      }),
      { numRuns: 200 },
    );
  });

  it("entries an older release stored with the server's text as it came are cleaned when read", () => {
    const [event] = parseEventLog([{ at: 0, kind: 'handshakeFailed', code: 1011, reason: 'x\n[pass] fine\u202e' }]);
    expect(describeEvent(event!)).not.toMatch(FORGING);
    expect(describeEvent(event!)).not.toContain('\n');
  });
});
