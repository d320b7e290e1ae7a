import { describe, expect, it } from 'vitest';
import {
  diagnoseHandshakeFailure,
  type DiagnosedCredentials,
  type Diagnosis,
} from '../../../utils/connection/diagnoseHandshakeFailure';
import { readingModeFor } from '../../../utils/connection/listReading';
import type { ConnectionStatus } from '../../../utils/connection/connectionStatus';
import { describeConnection } from '../../../utils/i18n/describeConnection';
import { CONNECTION_TEXT_EN } from '../../../utils/i18n/connectionTextEn';

/**
 * Which way orders come in, and why, from what the shop's server can answer after a refused
 * upgrade (a browser sees 1006 for all of them). The answers are the bytes the real server
 * sends: FastAPI's 404 for a route it does not have, the shop's list and user bodies.
 */
type Answer = { status: number; body: string } | 'networkError';

const HEALTH = { status: 200, body: '{"success":true,"active_connections":2,"status":"active"}' };
const NO_ROUTE = { status: 404, body: '{"detail":"Not Found"}' };
const LIST = {
  status: 200,
  body: '{"success":true,"orders":[{"id":3,"order_number":"ORD261203-003","customer":"\\u0633\\u0627\\u0631\\u0629","amount":0,"status":"pending","time":"02:15 PM","service_name":null,"created_at":"2026-12-03T11:15:03.120934"}]}',
};
const STAFF = {
  status: 200,
  body: '{"id":2,"name":"Staff","email":null,"phone":"0922222222","user_type":{"id":2,"name_ar":"\\u0645\\u0648\\u0638\\u0641","name_en":null},"is_active":true}',
};
const CUSTOMER = {
  status: 200,
  body: '{"id":9,"name":"C","email":null,"phone":null,"user_type":{"id":3,"name_ar":"\\u0639\\u0645\\u064a\\u0644","name_en":null},"is_active":true}',
};
const REFUSED = {
  status: 401,
  body: '{"detail":"\\u0631\\u0645\\u0632 \\u0627\\u0644\\u062f\\u062e\\u0648\\u0644 \\u063a\\u064a\\u0631 \\u0635\\u0627\\u0644\\u062d"}',
};

function server(answers: { status: Answer; list: Answer; me: Answer }): typeof fetch {
  return async (input) => {
    const path = new URL(String(input)).pathname;
    const answer = path.endsWith('/ws/status')
      ? answers.status
      : path.endsWith('/recent-orders')
        ? answers.list
        : answers.me;
    if (answer === 'networkError') throw new TypeError('Failed to fetch');
    return new Response(answer.body, { status: answer.status, headers: { 'content-type': 'application/json' } });
  };
}

const now = Date.parse('2026-12-03T12:00:00Z');
/** An employee signed in a minute ago whose token the server refused at once (its integer-`sub` defect). */
const employee = { apiBaseUrl: 'https://shop.example/api', token: 'jwt', signedInAt: now - 60_000, verifiedAt: null };
/** The owner's opaque token, accepted for an hour. */
const owner = {
  apiBaseUrl: 'https://shop.example/api',
  token: 'admin_token_1',
  signedInAt: now - 3.6e6,
  verifiedAt: now - 3.6e6,
};

function statusOf(diagnosis: Diagnosis): ConnectionStatus {
  return diagnosis.kind === 'retry'
    ? { state: 'waiting', problem: diagnosis.problem, nextAttemptAt: now + 15_000 }
    : { state: 'rejected', reason: diagnosis.reason, nextAttemptAt: now + 300_000 };
}

describe('which way orders come in, and why', () => {
  const cases: {
    name: string;
    credentials: DiagnosedCredentials;
    answers: Parameters<typeof server>[0];
    diagnosis: Diagnosis;
    mode: string;
  }[] = [
    {
      name: 'the published server (no notifications router), owner: the order list, every 15 s',
      credentials: owner,
      answers: { status: NO_ROUTE, list: LIST, me: STAFF },
      diagnosis: { kind: 'retry', problem: 'noLiveRoute' },
      mode: 'listReading',
    },
    {
      name: 'the published server, employee refused by its defect: the order list all the same',
      credentials: employee,
      answers: { status: NO_ROUTE, list: LIST, me: REFUSED },
      diagnosis: { kind: 'retry', problem: 'noLiveRoute' },
      mode: 'listReading',
    },
    {
      name: 'the published server, a customer account: refused, no list',
      credentials: owner,
      answers: { status: NO_ROUTE, list: LIST, me: CUSTOMER },
      diagnosis: { kind: 'reject', reason: 'notStaff' },
      mode: 'off',
    },
    {
      name: 'an address where neither the health route nor the list answers: wrong address',
      credentials: owner,
      answers: { status: NO_ROUTE, list: NO_ROUTE, me: NO_ROUTE },
      diagnosis: { kind: 'reject', reason: 'wrongUrl' },
      mode: 'off',
    },
    {
      name: 'a web page at the address (200, not the shop’s JSON): wrong address',
      credentials: owner,
      answers: {
        status: { status: 200, body: '<!doctype html>' },
        list: { status: 200, body: '<!doctype html>' },
        me: STAFF,
      },
      diagnosis: { kind: 'reject', reason: 'wrongUrl' },
      mode: 'off',
    },
    {
      name: 'the route is there, the account fine, the upgrade refused on the way: the list, every 15 s',
      credentials: owner,
      answers: { status: HEALTH, list: LIST, me: STAFF },
      diagnosis: { kind: 'retry', problem: 'upgradeRefused' },
      mode: 'listReading',
    },
    {
      name: 'the route is there, the employee refused by the defect: the list, every 15 s',
      credentials: employee,
      answers: { status: HEALTH, list: LIST, me: REFUSED },
      diagnosis: { kind: 'reject', reason: 'serverDefect' },
      mode: 'listReading',
    },
    {
      name: 'the server down: retry, and try the list on its rhythm too (it answers the moment the server does)',
      credentials: owner,
      answers: { status: 'networkError', list: 'networkError', me: 'networkError' },
      diagnosis: { kind: 'retry', problem: 'serverUnreachable' },
      mode: 'listReading',
    },
  ];

  for (const { name, credentials, answers, diagnosis, mode } of cases) {
    it(name, async () => {
      const found = await diagnoseHandshakeFailure(server(answers), credentials, now);
      expect(found).toEqual(diagnosis);
      expect(readingModeFor(statusOf(found), 'off')).toBe(mode);
    });
  }

  it('says "no live route", never "wrong address", where the shop’s API answers without its route', async () => {
    const found = await diagnoseHandshakeFailure(server({ status: NO_ROUTE, list: LIST, me: STAFF }), owner, now);
    const { text, action } = describeConnection(statusOf(found), now, CONNECTION_TEXT_EN, 'en');
    expect(text).toBe(CONNECTION_TEXT_EN.listReading.noLiveRoute);
    expect(text).toContain('every 15 s');
    expect(text).not.toBe(CONNECTION_TEXT_EN.rejection.wrongUrl);
    // Only the administrator can fix it: no button that pretends otherwise.
    expect(action).toBeUndefined();
  });
});
