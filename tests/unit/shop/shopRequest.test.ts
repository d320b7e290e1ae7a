import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchRecentOrders } from '../../../utils/orders/catchUp';
import { parseReceivedOrders } from '../../../utils/orders/receivedOrderSchema';
import { changeOrderStatus } from '../../../utils/shop/changeOrderStatus';
import { serverDetail } from '../../../utils/shop/shopRequest';
import { TEXT_LIMITS } from '../../../utils/text/shownText';

const MAX_DETAIL_CHARS = TEXT_LIMITS.serverDetail;
import { sampleOrder } from '../sampleOrder';

describe('requests carrying the token', () => {
  let elsewhere: Server;
  let redirecting: Server;
  const tokensSeenElsewhere: string[] = [];
  let api = '';
  beforeAll(async () => {
    const listen = (server: Server) =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
      );
    elsewhere = createServer((request, response) => {
      tokensSeenElsewhere.push(request.headers.authorization ?? '');
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"success":true,"orders":[]}');
    });
    const other = await listen(elsewhere);
    // A compromised or misconfigured proxy sends every API request to another origin.
    redirecting = createServer((request, response) =>
      response.writeHead(307, { Location: `${other}${request.url}` }).end(),
    );
    api = `${await listen(redirecting)}/api`;
  });
  afterAll(() => {
    elsewhere.close();
    redirecting.close();
  });

  it('never follow a redirect: the token stays with the server it was issued for', async () => {
    await expect(fetchRecentOrders(fetch, api, 'secret-token')).rejects.toThrow();
    expect(await changeOrderStatus(fetch, { apiBaseUrl: api, token: 'secret-token' }, 7, 'accepted')).toMatchObject({
      ok: false,
      problem: 'unreachable',
    });
    expect(tokensSeenElsewhere).toEqual([]);
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
