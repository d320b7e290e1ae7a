import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { DEMO_ACCOUNTS, findAccount, isStaff, normalizeUsername, publicUser, type Account } from './accounts';
import { ORDER_STATUSES, OrderStore, type NewOrder, type OrderStatus, type StoredOrder } from './orderStore';
import { TokenAuthority } from './tokens';

export interface ShopBackendOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Where orders persist across restarts; null keeps them in memory only. */
  dataFile?: string | null;
  /** The real server pings every 30 s. */
  pingIntervalMs?: number;
  integerSubDefect?: boolean;
  jwtSecret?: string;
  jwtLifetimeSeconds?: number;
  accounts?: readonly Account[];
}

export interface ConnectedSocket {
  userId: number;
  connectedAt: number;
  pongs: number;
  /** The latest 1,000 pongs: when each came, and how long after the server's last ping. */
  pongLog: { at: number; delayMs: number }[];
  framesReceived: number;
}

export interface ShopBackend {
  readonly origin: string;
  readonly apiBaseUrl: string;
  readonly port: number;
  createOrder(fields?: NewOrder, options?: { broadcast?: boolean }): StoredOrder;
  setOrderStatus(orderId: number, status: OrderStatus): StoredOrder | undefined;
  /** Sends a frame exactly as given to every open socket; returns how many received it. */
  broadcastRaw(frame: string): number;
  closeSockets(code: number, reason?: string): number;
  /** A stalled server keeps sockets open but sends nothing at all. */
  setStalled(stalled: boolean): void;
  /**
   * A broadcast that reaches only some sockets, as a server running several processes does:
   * orders whose id is a multiple of `every` are not sent to this user's sockets. `null` heals it.
   */
  skipBroadcasts(rule: { userId: number; every: number } | null): void;
  revokeToken(token: string): void;
  setIntegerSubDefect(on: boolean): void;
  sockets(): ConnectedSocket[];
  /** Upgrade requests to the order stream, accepted and refused, since start. */
  handshakes(): { accepted: number; rejected: number };
  /** How each socket since start ended, with the close code and reason the client sent. */
  closedSockets(): { userId: number; code: number; reason: string }[];
  close(): Promise<void>;
}

const DETAIL = {
  badUsername: 'صيغة اسم المستخدم غير صحيحة',
  badCredentials: 'اسم المستخدم أو كلمة المرور غير صحيحة',
  inactive: 'الحساب غير مفعل',
  badToken: 'رمز الدخول غير صالح أو منتهي الصلاحية',
  notStaff: 'غير مصرح لك',
  notFound: 'Not Found',
  badStatus: 'حالة الطلب غير صالحة',
  orderNotFound: 'الطلب غير موجود',
} as const;

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: unknown,
  ) {
    super(typeof detail === 'string' ? detail : 'HTTP error');
  }
}

function cors(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin;
  if (!origin) return;
  response.setHeader('Access-Control-Allow-Origin', origin);
  response.setHeader('Access-Control-Allow-Credentials', 'true');
  response.setHeader('Vary', 'Origin');
}

/**
 * A stand-in for the shop's web dashboard: orders open here, and like the real one it
 * keeps its sign-in token in page storage under `auth_token`.
 */
function dashboardPage(path: string): string {
  const order = /^\/dashboard\/orders\/(\d+)$/.exec(path)?.[1];
  const heading = order ? `Order ${order}` : 'Khawam dashboard (reference backend)';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${heading}</title></head>
<body><h1>${heading}</h1><p id="session">Signed in: <span id="signed-in"></span></p>
<script>document.getElementById('signed-in').textContent = localStorage.getItem('auth_token') ? 'yes' : 'no';</script>
</body></html>`;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    const value: unknown = JSON.parse(text || 'null');
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // FastAPI answers an unparsable body with a 422 like a missing one.
  }
  throw new HttpError(422, [{ type: 'json_invalid', loc: ['body'], msg: 'JSON decode error' }]);
}

function bearer(request: IncomingMessage): string | null {
  const match = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '');
  return match ? match[1]! : null;
}

/** `02:15 PM`, the server's display time of an order. */
function displayTime(createdAtNaiveUtc: string): string {
  const date = new Date(`${createdAtNaiveUtc.slice(0, 23)}Z`);
  const hours = date.getUTCHours();
  const minutes = String(date.getUTCMinutes()).padStart(2, '0');
  const twelve = String(hours % 12 || 12).padStart(2, '0');
  return `${twelve}:${minutes} ${hours < 12 ? 'AM' : 'PM'}`;
}

export async function startShopBackend(options: ShopBackendOptions = {}): Promise<ShopBackend> {
  const accounts = options.accounts ?? DEMO_ACCOUNTS;
  const pingIntervalMs = options.pingIntervalMs ?? 30_000;
  const tokens = new TokenAuthority(accounts, {
    secret: options.jwtSecret ?? 'khawam-reference-backend-secret',
    integerSubDefect: options.integerSubDefect ?? false,
    jwtLifetimeSeconds: options.jwtLifetimeSeconds,
  });
  const orders = new OrderStore(options.dataFile ?? null);
  const open = new Map<WebSocket, ConnectedSocket>();
  const handshakeCounts = { accepted: 0, rejected: 0 };
  const closeLog: { userId: number; code: number; reason: string }[] = [];
  let stalled = false;
  let skip: { userId: number; every: number } | null = null;

  async function staffFromRequest(request: IncomingMessage): Promise<Account> {
    const account = await tokens.resolve(bearer(request));
    if (!account) throw new HttpError(401, DETAIL.badToken);
    if (!isStaff(account) || !account.is_active) throw new HttpError(403, DETAIL.notStaff);
    return account;
  }

  const routes: Record<string, (request: IncomingMessage, url: URL) => Promise<[number, unknown]>> = {
    'POST /api/auth/login': async (request) => {
      const body = await readJson(request);
      if (typeof body.username !== 'string' || typeof body.password !== 'string') {
        throw new HttpError(422, [{ type: 'missing', loc: ['body', 'username'], msg: 'Field required' }]);
      }
      const username = normalizeUsername(body.username);
      if (!username) throw new HttpError(400, DETAIL.badUsername);
      const account = findAccount(accounts, username);
      if (!account || account.password !== body.password) throw new HttpError(401, DETAIL.badCredentials);
      if (!account.is_active) throw new HttpError(403, DETAIL.inactive);
      const access_token = await tokens.issue(account);
      return [200, { access_token, token_type: 'bearer', user: publicUser(account) }];
    },
    'GET /api/auth/me': async (request) => {
      const account = await tokens.resolve(bearer(request));
      if (!account) throw new HttpError(401, DETAIL.badToken);
      return [200, publicUser(account)];
    },
    'GET /api/admin/dashboard/recent-orders': async (_request, url) => {
      const limit = Math.max(1, Math.min(100, Number(url.searchParams.get('limit')) || 10));
      const recent = orders.newestFirst(limit).map((order) => ({
        id: order.order_id,
        order_number: order.order_number,
        customer: order.customer_name,
        amount: order.final_amount,
        status: order.status,
        time: displayTime(order.created_at),
        service_name: order.service_name,
        created_at: order.created_at,
      }));
      return [200, { success: true, orders: recent }];
    },
    'GET /api/ws/status': async () => [
      200,
      { success: true, active_connections: open.size, status: open.size > 0 ? 'active' : 'no_connections' },
    ],
  };

  async function setStatusRoute(request: IncomingMessage, orderId: number): Promise<[number, unknown]> {
    await staffFromRequest(request);
    const body = await readJson(request);
    const status = body.status;
    if (typeof status !== 'string' || !(ORDER_STATUSES as readonly string[]).includes(status)) {
      throw new HttpError(400, DETAIL.badStatus);
    }
    const order = orders.setStatus(orderId, status as OrderStatus);
    if (!order) throw new HttpError(404, DETAIL.orderNotFound);
    return [200, { success: true, message: 'تم تحديث حالة الطلب', order_id: orderId, status }];
  }

  const backend: Omit<ShopBackend, 'origin' | 'apiBaseUrl' | 'port'> = {
    createOrder(fields = {}, { broadcast = true } = {}) {
      const order = orders.create(fields);
      if (!broadcast || stalled) return order;
      const frame = JSON.stringify({ event: 'order_created', data: order });
      for (const [socket, info] of open) {
        const skipped = skip !== null && info.userId === skip.userId && order.order_id % skip.every === 0;
        if (!skipped) socket.send(frame);
      }
      return order;
    },
    skipBroadcasts: (rule) => {
      skip = rule;
    },
    setOrderStatus: (orderId, status) => orders.setStatus(orderId, status),
    broadcastRaw(frame) {
      if (stalled) return 0;
      for (const socket of open.keys()) socket.send(frame);
      return open.size;
    },
    closeSockets(code, reason = '') {
      const count = open.size;
      for (const socket of open.keys()) socket.close(code, reason);
      return count;
    },
    setStalled: (value) => {
      stalled = value;
    },
    revokeToken: (token) => tokens.revoke(token),
    setIntegerSubDefect: (on) => {
      tokens.integerSubDefect = on;
    },
    sockets: () => [...open.values()].map((info) => ({ ...info })),
    handshakes: () => ({ ...handshakeCounts }),
    closedSockets: () => closeLog.map((entry) => ({ ...entry })),
    close: () => closeServer(),
  };

  async function control(request: IncomingMessage, url: URL): Promise<[number, unknown]> {
    const route = `${request.method} ${url.pathname.slice('/__control'.length)}`;
    const body = request.method === 'GET' ? {} : await readJson(request).catch(() => ({}));
    const statusMatch = /^PUT \/orders\/(\d+)\/status$/.exec(route);
    if (statusMatch) {
      const order = backend.setOrderStatus(Number(statusMatch[1]), body.status as OrderStatus);
      return order ? [200, order] : [404, { detail: DETAIL.orderNotFound }];
    }
    switch (route) {
      case 'POST /orders':
        return [201, backend.createOrder((body.order ?? {}) as NewOrder, { broadcast: body.broadcast !== false })];
      case 'POST /broadcast':
        return [200, { delivered: backend.broadcastRaw(String(body.frame)) }];
      case 'POST /close-sockets':
        return [200, { closed: backend.closeSockets(Number(body.code ?? 1000), String(body.reason ?? '')) }];
      case 'POST /skip-broadcasts':
        backend.skipBroadcasts(
          body.userId === undefined ? null : { userId: Number(body.userId), every: Number(body.every ?? 2) },
        );
        return [200, { skip }];
      case 'POST /stall':
        backend.setStalled(body.stalled !== false);
        return [200, { stalled }];
      case 'POST /revoke':
        backend.revokeToken(String(body.token));
        return [200, { revoked: true }];
      case 'POST /integer-sub-defect':
        backend.setIntegerSubDefect(body.on !== false);
        return [200, { integerSubDefect: tokens.integerSubDefect }];
      case 'GET /sockets':
        return [200, { sockets: backend.sockets(), handshakes: backend.handshakes(), closed: backend.closedSockets() }];
      default:
        return [404, { detail: DETAIL.notFound }];
    }
  }

  const server = createServer((request, response) => {
    (async () => {
      cors(request, response);
      if (request.method === 'OPTIONS') {
        response.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, OPTIONS');
        response.setHeader('Access-Control-Allow-Headers', request.headers['access-control-request-headers'] ?? '*');
        response.writeHead(200).end();
        return;
      }
      const url = new URL(request.url ?? '/', 'http://backend');
      if (request.method === 'GET' && (url.pathname === '/dashboard' || url.pathname.startsWith('/dashboard/'))) {
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(dashboardPage(url.pathname));
        return;
      }
      try {
        const statusMatch = /^\/api\/admin\/orders\/(\d+)\/status$/.exec(url.pathname);
        const handler = routes[`${request.method} ${url.pathname}`];
        const [status, body] = url.pathname.startsWith('/__control/')
          ? await control(request, url)
          : statusMatch && request.method === 'PUT'
            ? await setStatusRoute(request, Number(statusMatch[1]))
            : handler
              ? await handler(request, url)
              : [404, { detail: DETAIL.notFound }];
        sendJson(response, status, body);
      } catch (error) {
        if (error instanceof HttpError) sendJson(response, error.status, { detail: error.detail });
        else sendJson(response, 500, { detail: 'Internal Server Error' });
      }
    })().catch((error: unknown) => response.destroy(error instanceof Error ? error : new Error(String(error))));
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });

  /** Starlette closes before accepting; uvicorn turns that into a bare HTTP 403. */
  function refuseUpgrade(socket: Socket): void {
    handshakeCounts.rejected += 1;
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  }

  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    (async () => {
      const url = new URL(request.url ?? '/', 'http://backend');
      if (url.pathname !== '/api/ws/orders') return refuseUpgrade(socket);
      const account = await tokens.resolve(url.searchParams.get('token'));
      if (!account || !isStaff(account) || !account.is_active) return refuseUpgrade(socket);
      sockets.handleUpgrade(request, socket, head, (ws) => {
        handshakeCounts.accepted += 1;
        const info: ConnectedSocket = {
          userId: account.id,
          connectedAt: Date.now(),
          pongs: 0,
          pongLog: [],
          framesReceived: 0,
        };
        open.set(ws, info);
        let pingedAt = Date.now();
        const pinger = setInterval(() => {
          if (stalled) return;
          pingedAt = Date.now();
          ws.send(JSON.stringify({ type: 'ping' }));
        }, pingIntervalMs);
        ws.on('message', (data, isBinary) => {
          info.framesReceived += 1;
          if (isBinary) return;
          try {
            if ((JSON.parse(data.toString()) as { type?: unknown }).type === 'pong') {
              info.pongs += 1;
              const at = Date.now();
              info.pongLog = [...info.pongLog, { at, delayMs: at - pingedAt }].slice(-1_000);
            }
          } catch {
            // The server ignores every client frame but pongs.
          }
        });
        ws.on('close', (code, reason) => {
          closeLog.push({ userId: account.id, code, reason: reason.toString() });
          clearInterval(pinger);
          open.delete(ws);
        });
      });
    })().catch(() => socket.destroy());
  });

  async function closeServer(): Promise<void> {
    for (const socket of open.keys()) socket.terminate();
    open.clear();
    sockets.close();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return { ...backend, origin, apiBaseUrl: `${origin}/api`, port };
}
