import { describe, expect, it } from 'vitest';
import { EVENT_LOG_SIZE, EventLog, type LoggedEvent } from '../../../utils/diagnostics/eventLog';
import { redact } from '../../../utils/diagnostics/redact';

describe('EventLog', () => {
  function logOver(stored: LoggedEvent[]) {
    let saved: LoggedEvent[] = [];
    let now = 0;
    const log = new EventLog({ load: async () => stored, save: async (events) => (saved = events), now: () => ++now });
    return { log, saved: () => saved };
  }

  it('keeps the newest 500 events, after the ones a previous worker stored', async () => {
    const { log, saved } = logOver([{ at: 0, kind: 'connection', detail: 'before restart' }]);
    for (let index = 0; index < EVENT_LOG_SIZE + 10; index++) log.record('order', `order ${index}`);
    await log.flush();
    expect(saved()).toHaveLength(EVENT_LOG_SIZE);
    expect(saved().at(-1)?.detail).toBe(`order ${EVENT_LOG_SIZE + 9}`);
    expect(saved().some((event) => event.detail === 'before restart')).toBe(false);
  });

  it('adds events recorded while it was loading after the stored ones', async () => {
    const { log, saved } = logOver([{ at: 0, kind: 'connection', detail: 'stored' }]);
    log.record('connection', 'new');
    await log.flush();
    expect(saved().map((event) => event.detail)).toEqual(['stored', 'new']);
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
});
