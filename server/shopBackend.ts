import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { DEMO_ACCOUNTS, findAccount, isStaff, normalizeUsername, publicUser, type Account } from './accounts';
import {
  brokenImage,
  busyPhoto,
  customerPhoto,
  largePng,
  oversizedPng,
  tinyPdf,
  type CustomerFile,
} from './customerFiles';
import {
  decodeDataUrl,
  downloadAttachment,
  firstOrderImageUrl,
  formEntry,
  guessType,
  persistDesignFiles,
  secureFilename,
  type AttachmentAnswer,
  type DesignFile,
} from './designFiles';
import { ORDER_STATUSES, OrderStore, type NewOrder, type OrderStatus, type StoredOrder } from './orderStore';
import { pythonHttpJson } from './pythonJson';
import { newestCreatedFirst, orderCreatedFrame, PING_FRAME, recentOrderRow } from './shopWire';
import { TokenAuthority } from './tokens';

/**
 * An order as a client creates it: the orders-table fields (defaults for the rest) and the
 * first item's design files. With design files and no `image_url` given, `image_url` is what
 * the real server derives from them (see `designFiles.ts`): the first upload that is an image,
 * as its whole `data:` URL, or the first `http…` link, else null.
 */
export type OrderRequest = NewOrder & {
  /** Uploads (`CustomerFile`, e.g. `customerPhoto()`) and links (`{ url }`), in the form's order. */
  design_files?: readonly DesignFile[];
};

/** Ready-made pictured orders for the control API (`POST /__control/orders` with `picture`). */
const PICTURES = [
  /** An uploaded phone photo (JPEG, ≈ 475 KB): `image_url` is its data URL. */
  'photo',
  /** A busy 1600 × 1200 phone photo (JPEG, ≈ 231 KB): its thumbnail must be made smaller to fit. */
  'busyPhoto',
  /** An uploaded 4.9 MB PNG: `image_url` is its ≈ 6.5 MB data URL. */
  'largePng',
  /** An uploaded 5.3 MB PNG: the form re-encodes it as JPEG, `image_url` is that JPEG's data URL. */
  'oversizedPng',
  /** An uploaded PDF only: `image_url` is null (the server's attachment fallback never fires). */
  'pdf',
  /** A PDF, then a photo: `image_url` is the photo's data URL. */
  'pdfThenPhoto',
  /** Bytes labelled image/jpeg that are no image: `image_url` is their data URL. */
  'brokenImage',
  /** A link to a photo on the public host (the attachment host when started): `image_url` is that link. */
  'linkedPhoto',
  /** A link to a PDF on the public host: `image_url` is that link, naming a PDF. */
  'linkedPdf',
  /** A link on the public host to nothing: `image_url` is a link that answers 404. */
  'linkedMissing',
] as const;
type PictureName = (typeof PICTURES)[number];

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
  /**
   * Also listen on a second port of the same host: another origin, as the hosting provider's
   * domain is (`RAILWAY_PUBLIC_DOMAIN`). It serves the same files (`/uploads/…` and
   * `/api/orders/{id}/attachments/{key}`) with the same CORS, and nothing else.
   */
  attachmentHost?: boolean;
  /** The attachment host's port (0, the default, picks a free one): fix it to keep links across a restart. */
  attachmentHostPort?: number;
  /**
   * `PUBLIC_BASE_URL`: the origin links to the shop's files name. By default the attachment
   * host's origin when it runs, else the API's own origin.
   */
  publicBaseUrl?: string;
  /**
   * How `GET /api/orders/{id}/attachments/{key}` behaves: `asDeployed` (default) answers 500
   * for every file written to disk, as the real code does; `repaired` serves it.
   */
  attachmentDownloads?: AttachmentDownloads;
  /** Starts with the order stream's upgrades swallowed (see `setUpgradeHang`). */
  upgradeHang?: boolean;
  /**
   * Whether `main.py` includes the notifications router (default true). False is the shop's
   * published server since its commit a3f75ed: see `setLiveRoute`.
   */
  liveRoute?: boolean;
}

type AttachmentDownloads = 'asDeployed' | 'repaired';

/** One design file of an order, with the addresses the shop's server offers it at. */
interface OrderAttachment {
  /** The route's key, `{order_id}-{order_item_id}-{index}`. */
  key: string;
  filename: string;
  /** `{public base}/api/orders/{id}/attachments/{key}`. */
  attachmentUrl: string;
  /** `{public base}/uploads/orders/{number}/item-1/{safe name}` for an upload; null for a link. */
  uploadUrl: string | null;
  /** The link itself, for a link. */
  link: string | null;
}

/** Upgrade requests to the order stream since start: accepted, refused, and (once any) swallowed. */
interface HandshakeCounts {
  accepted: number;
  rejected: number;
  /** Present once an upgrade was swallowed by `setUpgradeHang`. */
  hung?: number;
}

interface ConnectedSocket {
  userId: number;
  connectedAt: number;
  pongs: number;
  /** The latest 1,000 pongs: when each came, and how long after the server's last ping. */
  pongLog: { at: number; delayMs: number }[];
  framesReceived: number;
}

interface CreateOrderOptions {
  /** False stores the order without sending its frame (default true). */
  broadcast?: boolean;
  /**
   * Made as the shop's order form makes it: the form computes no price (`safeTotalPrice = 0` in
   * `OrderModal.tsx`), so both amounts are 0 unless `fields` give them. The default order
   * (15000) stands for a priced order, which only a client other than the form makes.
   */
  form?: boolean;
}

export interface ShopBackend {
  readonly origin: string;
  readonly apiBaseUrl: string;
  readonly port: number;
  /** The attachment host's origin (`http://127.0.0.1:<other port>`), or null when not started. */
  readonly attachmentOrigin: string | null;
  /** Where links to the shop's files point (`PUBLIC_BASE_URL`). */
  readonly publicBaseUrl: string;
  /**
   * Creates the order as the shop's form and server do (design files serialized, `image_url`
   * derived, files persisted) and broadcasts the real frame unless `broadcast` is false.
   */
  createOrder(fields?: OrderRequest, options?: CreateOrderOptions): StoredOrder;
  /** The design files of an order's first item, with their addresses. */
  attachmentsOf(orderId: number): OrderAttachment[];
  /**
   * Places a file on the shop's public host, at `{publicBaseUrl}/uploads/shared/{safe name}`
   * (replacing one of the same name), and returns that URL: a link an order can carry.
   */
  hostFile(file: CustomerFile): string;
  /** The design files of a ready-made pictured order (linked files are hosted first). */
  pictureFiles(picture: PictureName): DesignFile[];
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
  /**
   * A proxy that swallows the order stream's upgrade: while on, an upgrade request to
   * `/api/ws/orders` gets no HTTP answer at all; its TCP connection stays open until the client
   * gives up or the backend closes (turning the switch off does not answer those already held).
   * Every other request is answered as usual.
   */
  setUpgradeHang(on: boolean): void;
  /**
   * The live route (`routers/notifications.py`, included in `main.py`). Off is the published
   * server: the upgrade to `/api/ws/orders` gets a bare 403 (uvicorn's answer for a WebSocket path
   * without a route, the same as a refused token), `GET /api/ws/status` the SPA catch-all's 404
   * `{"detail":"Not found"}`; every other route answers as usual. Turning it off closes the open
   * order sockets with 1012 and no reason, as uvicorn's shutdown does when the redeploy without the
   * router restarts the process; turning it on brings both routes back at once.
   */
  setLiveRoute(on: boolean): void;
  setAttachmentDownloads(mode: AttachmentDownloads): void;
  sockets(): ConnectedSocket[];
  handshakes(): HandshakeCounts;
  /** How many times the order list (`recent-orders`) was answered since start: tests wait on a client's read. */
  orderListReads(): number;
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
  /**
   * The deployed image has `static/` (backend/Dockerfile copies the built frontend there), so
   * `main.py` defines its SPA catch-all `/{full_path:path}`, which takes every GET no router
   * answers and raises `HTTPException(404, detail="Not found")` for `api/…` paths: lowercase f,
   * unlike FastAPI's own `Not Found` for a path no route matches at all.
   */
  spaNotFound: 'Not found',
  methodNotAllowed: 'Method Not Allowed',
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

/** FastAPI's 422 for a query or path parameter that is not an integer (pydantic 2.5). */
function intParsingError(where: 'query' | 'path', name: string, input: string): HttpError {
  return new HttpError(422, [
    {
      type: 'int_parsing',
      loc: [where, name],
      msg: 'Input should be a valid integer, unable to parse string as an integer',
      input,
      url: 'https://errors.pydantic.dev/2.5/v/int_parsing',
    },
  ]);
}

const INTEGER = /^\s*[+-]?\d+\s*$/;
const ALL_METHODS = 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT';

/**
 * Starlette 0.27's `CORSMiddleware(allow_origins=["*"], allow_credentials=True, allow_methods=["*"],
 * allow_headers=["*"])` on an answer: `*` with credentials, the caller's origin when it sent a cookie.
 */
function corsHeaders(request: IncomingMessage): OutgoingHttpHeaders {
  const origin = request.headers.origin;
  if (!origin) return {};
  if (request.headers.cookie === undefined) {
    return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true' };
  }
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' };
}

/** The same middleware's answer to a preflight: the origin echoed, whatever is asked allowed. */
function preflight(request: IncomingMessage, response: ServerResponse): void {
  const requested = request.headers['access-control-request-headers'];
  response.writeHead(200, {
    Vary: 'Origin',
    'Access-Control-Allow-Methods': ALL_METHODS,
    'Access-Control-Max-Age': '600',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Origin': request.headers.origin,
    ...(requested === undefined ? {} : { 'Access-Control-Allow-Headers': requested }),
    'Content-Type': 'text/plain; charset=utf-8',
  });
  response.end('OK');
}

/** Starlette's media type header: text types get a charset. */
const contentType = (mimeType: string) => (mimeType.startsWith('text/') ? `${mimeType}; charset=utf-8` : mimeType);

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

const pathSegment = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** What a handler answers: JSON (rendered as FastAPI does), raw bytes, or an uncaught exception. */
type Answer =
  | { json: unknown; status: number }
  | { status: number; headers: OutgoingHttpHeaders; body: Buffer | string }
  | { crash: string };

const json = (status: number, body: unknown): Answer => ({ status, json: body });

/** A design file given to the control API as JSON: an upload in base64, or a link. */
function designFileFromJson(value: unknown): DesignFile {
  const file = (value ?? {}) as Record<string, unknown>;
  if (typeof file.url === 'string') return { url: file.url };
  return {
    filename: String(file.filename ?? 'upload.bin'),
    mimeType: String(file.mimeType ?? ''),
    bytes: Buffer.from(String(file.base64 ?? ''), 'base64'),
    ...(typeof file.lastModified === 'number' ? { lastModified: file.lastModified } : {}),
  };
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
  const handshakeCounts = { accepted: 0, rejected: 0, hung: 0 };
  const hungSockets = new Set<Socket>();
  const closeLog: { userId: number; code: number; reason: string }[] = [];
  let stalled = false;
  let skip: { userId: number; every: number } | null = null;
  let listReads = 0;
  let upgradeHang = options.upgradeHang ?? false;
  let liveRoute = options.liveRoute ?? true;
  let attachmentDownloads: AttachmentDownloads = options.attachmentDownloads ?? 'asDeployed';
  // Known once the servers listen.
  let publicBaseUrl = '';

  async function staffFromRequest(request: IncomingMessage): Promise<Account> {
    const account = await tokens.resolve(bearer(request));
    if (!account) throw new HttpError(401, DETAIL.badToken);
    if (!isStaff(account) || !account.is_active) throw new HttpError(403, DETAIL.notStaff);
    return account;
  }

  const routes: Record<string, (request: IncomingMessage, url: URL) => Promise<Answer>> = {
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
      return json(200, { access_token, token_type: 'bearer', user: publicUser(account) });
    },
    'GET /api/auth/me': async (request) => {
      const account = await tokens.resolve(bearer(request));
      if (!account) throw new HttpError(401, DETAIL.badToken);
      return json(200, publicUser(account));
    },
    // Needs no token. `limit: int = 10`, no bound; a database error (a negative LIMIT) is
    // answered as an empty list.
    'GET /api/admin/dashboard/recent-orders': async (_request, url) => {
      listReads += 1;
      const raw = url.searchParams.getAll('limit').at(-1);
      if (raw !== undefined && !INTEGER.test(raw)) throw intParsingError('query', 'limit', raw);
      const limit = raw === undefined ? 10 : Number(raw.trim());
      if (limit < 0 || limit > 2 ** 63 - 1) return json(200, { success: true, orders: [] });
      const rows = newestCreatedFirst(orders.all()).slice(0, limit);
      return json(200, { success: true, orders: rows.map((order) => recentOrderRow(order)) });
    },
    'GET /api/ws/status': async () =>
      liveRoute
        ? json(200, {
            success: true,
            active_connections: open.size,
            status: open.size > 0 ? 'active' : 'no_connections',
          })
        : json(404, { detail: DETAIL.spaNotFound }),
  };

  async function setStatusRoute(request: IncomingMessage, orderId: number): Promise<Answer> {
    await staffFromRequest(request);
    const body = await readJson(request);
    const status = body.status;
    if (typeof status !== 'string' || !(ORDER_STATUSES as readonly string[]).includes(status)) {
      throw new HttpError(400, DETAIL.badStatus);
    }
    const order = orders.setStatus(orderId, status as OrderStatus);
    if (!order) throw new HttpError(404, DETAIL.orderNotFound);
    return json(200, { success: true, message: 'تم تحديث حالة الطلب', order_id: orderId, status });
  }

  /** `download_order_attachment`. */
  function attachmentRoute(orderIdText: string, fileKey: string): Answer {
    if (!INTEGER.test(orderIdText)) throw intParsingError('path', 'order_id', orderIdText);
    const orderId = Number(orderIdText.trim());
    if (!orders.get(orderId)) throw new HttpError(404, DETAIL.orderNotFound);
    const files = orders.filesOf(orderId);
    const answer: AttachmentAnswer = downloadAttachment(orderId, files ? [files] : [], fileKey, {
      repaired: attachmentDownloads === 'repaired',
      publicBaseUrl,
    });
    switch (answer.kind) {
      case 'file':
        return {
          status: 200,
          headers: {
            'Content-Type': contentType(answer.mimeType),
            'Content-Disposition': `attachment; filename="${answer.filename}"`,
          },
          body: answer.bytes,
        };
      case 'redirect':
        return { status: 302, headers: { Location: encodeURI(answer.location) }, body: '' };
      case 'crash':
        return { crash: answer.reason };
      case 'error':
        throw new HttpError(answer.status, answer.detail);
    }
  }

  /** The `/uploads` static mount: the files written for orders, and the hosted ones. */
  function uploadsRoute(path: string): Answer {
    let bytes: Buffer | null = null;
    for (const files of orders.allFiles().reverse()) {
      const entry = files.entries.findLast((candidate) => candidate.url === path);
      if (entry) {
        bytes = decodeDataUrl(entry.data_url)?.bytes ?? null;
        break;
      }
    }
    const hosted = bytes ? undefined : orders.hostedFile(path);
    if (hosted) bytes = Buffer.from(hosted.base64, 'base64');
    if (!bytes) throw new HttpError(404, DETAIL.notFound);
    return { status: 200, headers: { 'Content-Type': contentType(guessType(path) ?? 'text/plain') }, body: bytes };
  }

  /** The routes both origins serve: the shop's files. Null when the path is none of them. */
  function fileRoute(method: string, path: string): Answer | null {
    const attachment = /^\/api\/orders\/([^/]+)\/attachments\/([^/]+)$/.exec(path);
    if (attachment) {
      if (method !== 'GET') throw new HttpError(405, DETAIL.methodNotAllowed);
      return attachmentRoute(pathSegment(attachment[1]!), pathSegment(attachment[2]!));
    }
    if (path.startsWith('/uploads/')) {
      if (method !== 'GET' && method !== 'HEAD') return { status: 405, headers: {}, body: 'Method Not Allowed' };
      return uploadsRoute(path.split('/').map(pathSegment).join('/'));
    }
    return null;
  }

  function storedFields(fields: OrderRequest): NewOrder {
    const { design_files: _files, ...rest } = fields;
    return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as NewOrder;
  }

  const backend: Omit<ShopBackend, 'origin' | 'apiBaseUrl' | 'port' | 'attachmentOrigin' | 'publicBaseUrl'> = {
    createOrder(fields = {}, { broadcast = true, form = false } = {}) {
      const entries = (fields.design_files ?? []).map(formEntry);
      const derived = entries.length > 0 ? { image_url: firstOrderImageUrl(entries) } : {};
      const unpriced = form ? { total_amount: 0, final_amount: 0 } : {};
      const order = orders.create({ ...derived, ...unpriced, ...storedFields(fields) });
      if (entries.length > 0) {
        orders.setFiles(order.order_id, {
          itemId: orders.firstItemId(order.order_id),
          entries: persistDesignFiles(order.order_number, 0, entries),
        });
      }
      if (!broadcast || stalled) return order;
      const frame = Buffer.from(orderCreatedFrame(order));
      for (const [socket, info] of open) {
        const skipped = skip !== null && info.userId === skip.userId && order.order_id % skip.every === 0;
        if (!skipped) socket.send(frame, { binary: false });
      }
      return order;
    },
    attachmentsOf(orderId) {
      const files = orders.filesOf(orderId);
      if (!files) return [];
      return files.entries.map((entry, index) => {
        const key = `${orderId}-${files.itemId}-${index}`;
        const uploaded = entry.url.startsWith('/uploads/');
        return {
          key,
          filename: entry.filename,
          attachmentUrl: `${publicBaseUrl}/api/orders/${orderId}/attachments/${key}`,
          uploadUrl: uploaded ? `${publicBaseUrl}${entry.url}` : null,
          link: uploaded ? null : entry.url,
        };
      });
    },
    hostFile(file) {
      const path = `/uploads/shared/${secureFilename(file.filename)}`;
      orders.host({ path, mimeType: file.mimeType, base64: file.bytes.toString('base64') });
      return `${publicBaseUrl}${path}`;
    },
    pictureFiles(picture) {
      switch (picture) {
        case 'photo':
          return [customerPhoto()];
        case 'busyPhoto':
          return [busyPhoto()];
        case 'largePng':
          return [largePng()];
        case 'oversizedPng':
          return [oversizedPng()];
        case 'pdf':
          return [tinyPdf()];
        case 'pdfThenPhoto':
          return [tinyPdf(), customerPhoto()];
        case 'brokenImage':
          return [brokenImage()];
        case 'linkedPhoto':
          return [{ url: backend.hostFile(customerPhoto()) }];
        case 'linkedPdf':
          return [{ url: backend.hostFile(tinyPdf()) }];
        case 'linkedMissing':
          return [{ url: `${publicBaseUrl}/uploads/shared/missing-photo.jpg` }];
      }
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
    setUpgradeHang: (on) => {
      upgradeHang = on;
    },
    setLiveRoute: (on) => {
      if (liveRoute && !on) for (const socket of open.keys()) socket.close(1012);
      liveRoute = on;
    },
    setAttachmentDownloads: (mode) => {
      attachmentDownloads = mode;
    },
    sockets: () => [...open.values()].map((info) => ({ ...info })),
    orderListReads: () => listReads,
    handshakes: () => {
      const { accepted, rejected, hung } = handshakeCounts;
      return hung > 0 ? { accepted, rejected, hung } : { accepted, rejected };
    },
    closedSockets: () => closeLog.map((entry) => ({ ...entry })),
    close: () => closeServer(),
  };

  /**
   * The test and demo controls, under `/__control/` on the API origin (not part of the shop):
   * - `POST /orders` `{order?, broadcast?, form?, picture?, designFiles?}` → 201 the stored order.
   *   `order`: orders-table fields; `form`: made as the shop's form makes it (amounts 0, see
   *   `CreateOrderOptions`); `picture`: one of `PICTURES`; `designFiles`: uploads
   *   `{filename, mimeType, base64, lastModified?}` and links `{url}` (after the picture's files).
   * - `PUT /orders/{id}/status` `{status}`; `POST /broadcast` `{frame}`; `POST /close-sockets`
   *   `{code, reason}`; `POST /skip-broadcasts` `{userId, every}`; `POST /stall` `{stalled}`;
   *   `POST /revoke` `{token}`; `POST /integer-sub-defect` `{on}`; `POST /upgrade-hang` `{on}`;
   *   `POST /live-route` `{on}`; `POST /attachment-downloads` `{repaired}`; `POST /hosted-files` `{filename, mimeType, base64}`
   *   → `{url}`; `GET /sockets`; `GET /orders/{id}/attachments`.
   */
  async function control(request: IncomingMessage, url: URL): Promise<Answer> {
    const route = `${request.method} ${url.pathname.slice('/__control'.length)}`;
    const body = request.method === 'GET' ? {} : await readJson(request).catch(() => ({}) as Record<string, unknown>);
    const statusMatch = /^PUT \/orders\/(\d+)\/status$/.exec(route);
    if (statusMatch) {
      const order = backend.setOrderStatus(Number(statusMatch[1]), body.status as OrderStatus);
      return order ? json(200, order) : json(404, { detail: DETAIL.orderNotFound });
    }
    const attachmentsMatch = /^GET \/orders\/(\d+)\/attachments$/.exec(route);
    if (attachmentsMatch) return json(200, { attachments: backend.attachmentsOf(Number(attachmentsMatch[1])) });
    switch (route) {
      case 'POST /orders': {
        const picture = body.picture as PictureName | undefined;
        if (picture !== undefined && !PICTURES.includes(picture)) {
          return json(400, { detail: `picture must be one of ${PICTURES.join(', ')}` });
        }
        const design_files = [
          ...(picture ? backend.pictureFiles(picture) : []),
          ...(Array.isArray(body.designFiles) ? body.designFiles.map(designFileFromJson) : []),
        ];
        const fields = { ...((body.order ?? {}) as NewOrder), ...(design_files.length > 0 ? { design_files } : {}) };
        return json(
          201,
          backend.createOrder(fields, { broadcast: body.broadcast !== false, form: body.form === true }),
        );
      }
      case 'POST /broadcast':
        return json(200, { delivered: backend.broadcastRaw(String(body.frame)) });
      case 'POST /close-sockets':
        return json(200, { closed: backend.closeSockets(Number(body.code ?? 1000), String(body.reason ?? '')) });
      case 'POST /skip-broadcasts':
        backend.skipBroadcasts(
          body.userId === undefined ? null : { userId: Number(body.userId), every: Number(body.every ?? 2) },
        );
        return json(200, { skip });
      case 'POST /stall':
        backend.setStalled(body.stalled !== false);
        return json(200, { stalled });
      case 'POST /revoke':
        backend.revokeToken(String(body.token));
        return json(200, { revoked: true });
      case 'POST /integer-sub-defect':
        backend.setIntegerSubDefect(body.on !== false);
        return json(200, { integerSubDefect: tokens.integerSubDefect });
      case 'POST /upgrade-hang':
        backend.setUpgradeHang(body.on !== false);
        return json(200, { upgradeHang });
      case 'POST /live-route':
        backend.setLiveRoute(body.on !== false);
        return json(200, { liveRoute });
      case 'POST /attachment-downloads':
        backend.setAttachmentDownloads(body.repaired === true ? 'repaired' : 'asDeployed');
        return json(200, { attachmentDownloads });
      case 'POST /hosted-files': {
        const file = designFileFromJson(body);
        if ('url' in file) return json(400, { detail: 'a hosted file needs filename, mimeType and base64' });
        return json(201, { url: backend.hostFile(file) });
      }
      case 'GET /sockets':
        return json(200, {
          sockets: backend.sockets(),
          handshakes: backend.handshakes(),
          closed: backend.closedSockets(),
        });
      default:
        return json(404, { detail: DETAIL.notFound });
    }
  }

  /** Writes an answer; an uncaught exception is uvicorn's bare 500, outside the CORS middleware. */
  function send(request: IncomingMessage, response: ServerResponse, answer: Answer): void {
    if ('crash' in answer) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Internal Server Error');
      return;
    }
    const cors = corsHeaders(request);
    if ('json' in answer) {
      let body: Buffer;
      try {
        body = pythonHttpJson(answer.json);
      } catch (error) {
        send(request, response, { crash: String(error) });
        return;
      }
      response.writeHead(answer.status, { ...cors, 'Content-Type': 'application/json' });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(answer.status, { ...cors, ...answer.headers });
    response.end(request.method === 'HEAD' ? undefined : answer.body);
  }

  /** One request to either origin; the attachment host serves the shop's files only. */
  function handle(request: IncomingMessage, response: ServerResponse, origin: 'api' | 'attachmentHost'): void {
    (async () => {
      if (request.method === 'OPTIONS' && request.headers.origin && request.headers['access-control-request-method']) {
        preflight(request, response);
        return;
      }
      const url = new URL(request.url ?? '/', 'http://backend');
      const method = request.method ?? 'GET';
      if (
        origin === 'api' &&
        method === 'GET' &&
        (url.pathname === '/dashboard' || url.pathname.startsWith('/dashboard/'))
      ) {
        response
          .writeHead(200, { ...corsHeaders(request), 'Content-Type': 'text/html; charset=utf-8' })
          .end(dashboardPage(url.pathname));
        return;
      }
      let answer: Answer;
      try {
        const file = fileRoute(method, url.pathname);
        if (file) answer = file;
        else if (origin === 'attachmentHost') answer = json(404, { detail: DETAIL.notFound });
        else if (url.pathname.startsWith('/__control/')) answer = await control(request, url);
        else {
          const statusMatch = /^\/api\/admin\/orders\/(\d+)\/status$/.exec(url.pathname);
          const handler = routes[`${method} ${url.pathname}`];
          answer =
            statusMatch && method === 'PUT'
              ? await setStatusRoute(request, Number(statusMatch[1]))
              : handler
                ? await handler(request, url)
                : json(method === 'OPTIONS' ? 405 : 404, {
                    detail: method === 'OPTIONS' ? DETAIL.methodNotAllowed : DETAIL.notFound,
                  });
        }
      } catch (error) {
        answer = error instanceof HttpError ? json(error.status, { detail: error.detail }) : { crash: String(error) };
      }
      send(request, response, answer);
    })().catch((error: unknown) => response.destroy(error instanceof Error ? error : new Error(String(error))));
  }

  const server = createServer((request, response) => handle(request, response, 'api'));
  const attachmentServer = options.attachmentHost
    ? createServer((request, response) => handle(request, response, 'attachmentHost'))
    : null;

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });

  /** Starlette closes before accepting; uvicorn turns that into a bare HTTP 403. */
  function refuseUpgrade(socket: Socket): void {
    handshakeCounts.rejected += 1;
    socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  }

  /** A swallowed upgrade: no answer; the connection is kept until the client or `close()` ends it. */
  function hangUpgrade(socket: Socket): void {
    handshakeCounts.hung += 1;
    hungSockets.add(socket);
    socket.on('error', () => undefined);
    socket.once('close', () => hungSockets.delete(socket));
  }

  server.on('upgrade', (request: IncomingMessage, socket: Socket, head: Buffer) => {
    (async () => {
      const url = new URL(request.url ?? '/', 'http://backend');
      // The proxy sits in front of the server: it swallows the upgrade whether or not a route waits.
      if (url.pathname === '/api/ws/orders' && upgradeHang) return hangUpgrade(socket);
      if (url.pathname !== '/api/ws/orders') return refuseUpgrade(socket);
      const account = await tokens.resolve(url.searchParams.get('token'));
      // The route is read after the token's lookup, so one switched off meanwhile accepts nothing.
      if (!liveRoute || !account || !isStaff(account) || !account.is_active) return refuseUpgrade(socket);
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
          ws.send(PING_FRAME);
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
    for (const socket of hungSockets) socket.destroy();
    hungSockets.clear();
    sockets.close();
    await Promise.all(
      [server, attachmentServer].map(
        (listening) =>
          listening &&
          new Promise<void>((resolve) => {
            listening.close(() => resolve());
            listening.closeAllConnections();
          }),
      ),
    );
  }

  const host = options.host ?? '127.0.0.1';
  const listen = (listening: typeof server, port: number) =>
    new Promise<number>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(port, host, () => resolve((listening.address() as AddressInfo).port));
    });
  const port = await listen(server, options.port ?? 0);
  const origin = `http://${host}:${port}`;
  let attachmentOrigin: string | null = null;
  if (attachmentServer) {
    try {
      attachmentOrigin = `http://${host}:${await listen(attachmentServer, options.attachmentHostPort ?? 0)}`;
    } catch (error) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      throw error;
    }
  }
  publicBaseUrl = (options.publicBaseUrl ?? attachmentOrigin ?? origin).replace(/\/+$/, '');
  return { ...backend, origin, apiBaseUrl: `${origin}/api`, port, attachmentOrigin, publicBaseUrl };
}
