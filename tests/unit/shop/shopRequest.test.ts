import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchRecentOrders } from '../../../utils/orders/recentOrders';
import { parseReceivedOrders } from '../../../utils/orders/receivedOrderSchema';
import { askAccount } from '../../../utils/shop/accountCheck';
import { changeOrderStatus } from '../../../utils/shop/changeOrderStatus';
import { MAX_ORDER_LIST_BYTES } from '../../../utils/shop/schemas';
import { serverDetail } from '../../../utils/shop/shopRequest';
import { highestListedOrderId, signIn } from '../../../utils/shop/signIn';
import { TEXT_LIMITS } from '../../../utils/text/shownText';

const MAX_DETAIL_CHARS = TEXT_LIMITS.serverDetail;
import { sampleOrder } from '../sampleOrder';

describe('requests carrying the token', () => {
  let elsewhere: Server;
  let redirecting: Server;
  let flooding: Server;
  const tokensSeenElsewhere: string[] = [];
  const bodiesSeenElsewhere: string[] = [];
  const floodedBytes: number[] = [];
  let api = '';
  let floodingApi = '';
  beforeAll(async () => {
    const listen = (server: Server) =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
      );
    elsewhere = createServer((request, response) => {
      tokensSeenElsewhere.push(request.headers.authorization ?? '');
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => bodiesSeenElsewhere.push(body));
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"success":true,"orders":[]}');
    });
    const other = await listen(elsewhere);
    // A compromised or misconfigured proxy sends every API request to another origin.
    redirecting = createServer((request, response) =>
      response.writeHead(307, { Location: `${other}${request.url}` }).end(),
    );
    api = `${await listen(redirecting)}/api`;
    // A hostile server answers every request with JSON that never ends.
    flooding = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"success":true,"orders":["');
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      const more = () => {
        while (!response.destroyed && sent < 300 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        floodedBytes.push(sent);
        response.end('"]}');
      };
      response.on('close', () => floodedBytes.push(sent));
      more();
    });
    floodingApi = `${await listen(flooding)}/api`;
  });
  afterAll(() => {
    elsewhere.close();
    redirecting.close();
    flooding.closeAllConnections();
    flooding.close();
  });

  it('never follow a redirect: the token stays with the server it was issued for', async () => {
    await expect(fetchRecentOrders(fetch, api, 'secret-token')).rejects.toThrow();
    expect(await changeOrderStatus(fetch, { apiBaseUrl: api, token: 'secret-token' }, 7, 'accepted')).toMatchObject({
      ok: false,
      problem: 'redirected',
    });
    expect(await askAccount(fetch, api, 'secret-token')).not.toMatchObject({ kind: 'user' });
    expect(await highestListedOrderId(fetch, api, 'secret-token')).toBeNull();
    expect(tokensSeenElsewhere).toEqual([]);
  });

  it('a sign-in redirected by a proxy (307 re-sends the body) says so, and the password goes nowhere else', async () => {
    expect(await signIn(fetch, api, '0922222222', 'the-password')).toEqual({ ok: false, problem: 'redirected' });
    expect(bodiesSeenElsewhere.join('')).not.toContain('the-password');
  });

  it('reads at most a bound of an answer that never ends, and says why in words', async () => {
    await expect(fetchRecentOrders(fetch, floodingApi, 'secret-token')).rejects.toThrow(
      `larger than ${MAX_ORDER_LIST_BYTES} bytes`,
    );
    expect(await askAccount(fetch, floodingApi, 'secret-token')).toMatchObject({ kind: 'unexpected' });
    // The server stopped being read: it never got to send its 300 MB.
    await expect.poll(() => floodedBytes.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...floodedBytes)).toBeLessThan(32 * 1024 * 1024);
  });
});

describe("the server's own words (detail)", () => {
  it('are kept as one bounded plain line, whatever the server sends', () => {
    const hostile = `\u202eطلب مرفوض\n${'x'.repeat(3_000_000)}`;
    const detail = serverDetail({ detail: hostile })!;
    expect(detail.length).toBeLessThanOrEqual(MAX_DETAIL_CHARS);
    expect(detail).not.toMatch(/[\u202e\n]/u);
    expect(serverDetail({ detail: ['not', 'text'] })).toBeUndefined();
    fc.assert(
      fc.property(
        fc.string(),
        (text) => void expect((serverDetail({ detail: text }) ?? '').length).toBeLessThanOrEqual(MAX_DETAIL_CHARS),
      ),
    );
  });

  it("the user's name and role as the server sends them are one plain line wherever they are shown", async () => {
    const user = {
      id: 7,
      name: `سارة\n[pass] Account: all fine\u202e\u200b${'x'.repeat(5_000)}`,
      user_type: { id: 2, name_ar: 'موظف\u2060' },
    };
    const answer = await askAccount(async () => Response.json(user), 'https://shop.example/api', 'token');
    expect(answer.kind).toBe('user');
    const { name, user_type } = (answer as Extract<typeof answer, { kind: 'user' }>).user;
    expect(name).toMatch(/^سارة \[pass\] Account: all fine x+…$/u);
    expect(name.length).toBeLessThanOrEqual(TEXT_LIMITS.userField);
    expect(user_type.name_ar).toBe('موظف');
  });

  it('stored whole by an older release are bounded when read back, the order kept', () => {
    const row = {
      ...sampleOrder({ id: 9 }),
      receivedAt: 0,
      seen: false,
      source: 'live',
      acceptance: { state: 'failed', at: 0, problem: 'refused', detail: `\u202e${'y'.repeat(3_000_000)}` },
    };
    const [order] = parseReceivedOrders([row]);
    expect(order?.id).toBe(9);
    expect(order?.acceptance?.detail?.length).toBeLessThanOrEqual(MAX_DETAIL_CHARS);
    expect(order?.acceptance?.detail).not.toContain('\u202e');
  });
});
