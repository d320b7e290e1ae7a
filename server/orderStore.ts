import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PersistedEntry } from './designFiles';

/**
 * The statuses the shop's code gives an order (docs/PROTOCOL.md §6), listed here apart from the
 * extension's own list on purpose: a double that imported it would agree with any mistake in it.
 */
export const ORDER_STATUSES = [
  'pending',
  'accepted',
  'preparing',
  'shipping',
  'awaiting_pickup',
  'completed',
  'cancelled',
  'rejected',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * A row of the shop's orders table, with what the broadcast reports of it. `status` is the
 * stored status (the dashboard lists it); the broadcast frame does not carry it.
 */
export interface StoredOrder {
  order_id: number;
  order_number: string;
  customer_name: string;
  customer_phone: string;
  total_amount: number;
  final_amount: number;
  delivery_type: 'self' | 'delivery';
  service_name: string | null;
  items_count: number;
  /** Naive ISO timestamp in UTC, as the real database column yields it (`datetime.isoformat()`). */
  created_at: string;
  image_url: string | null;
  status: OrderStatus;
}

export type NewOrder = Partial<Omit<StoredOrder, 'order_id' | 'order_number'>>;

/**
 * `datetime.isoformat()` of a naive UTC timestamp: `2025-11-27T14:15:03.120934`, without the
 * fraction when the microseconds are 0. `microseconds` defaults to the date's milliseconds × 1000.
 */
function naiveUtcIso(date: Date, microseconds = date.getUTCMilliseconds() * 1000): string {
  const seconds = date.toISOString().slice(0, 19);
  return microseconds === 0 ? seconds : `${seconds}.${String(microseconds).padStart(6, '0')}`;
}

/** Microseconds since the epoch of a naive UTC ISO timestamp, or null. */
function epochMicroseconds(naiveUtc: string): number | null {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?$/.exec(naiveUtc);
  if (!match) return null;
  const seconds = Date.parse(`${match[1]}Z`);
  return Number.isNaN(seconds) ? null : seconds * 1000 + Number((match[2] ?? '').padEnd(6, '0'));
}

/** The design files of one order's first item, as `order_items.design_files` keeps them. */
export interface OrderFiles {
  /** `order_items.id` of the item (a serial across all orders). */
  itemId: number;
  entries: PersistedEntry[];
}

/** A file the shop's public host serves under `/uploads/…` that belongs to no order. */
export interface HostedFile {
  path: string;
  mimeType: string;
  base64: string;
}

interface UploadsFile {
  orderFiles: Record<string, OrderFiles>;
  hostedFiles: HostedFile[];
}

/**
 * The shop's orders table. Persisted to a JSON file so that a backend restart keeps its orders
 * and ids, as the real database does; the orders' design files and the hosted files go to a
 * second file beside it (`<file>.uploads.json`), written only when they change.
 */
export class OrderStore {
  private orders: StoredOrder[] = [];
  private uploads: UploadsFile = { orderFiles: {}, hostedFiles: [] };
  /** The latest default `created_at`, in µs: the database clock moves forward, order after order. */
  private lastCreatedAt = 0;

  constructor(private readonly file: string | null) {
    if (file) {
      this.orders = readJson(file, []);
      this.uploads = readJson(`${file}.uploads.json`, this.uploads);
    }
    // A timestamp a test set in the future does not drag the clock along; one of this very
    // millisecond (its microseconds past now's) is no future one: the clock must pass it.
    const nowMicros = (Date.now() + 1) * 1000;
    for (const order of this.orders) {
      const micros = epochMicroseconds(order.created_at) ?? 0;
      if (micros <= nowMicros) this.lastCreatedAt = Math.max(this.lastCreatedAt, micros);
    }
  }

  /** `now()` of the database for a new row: microseconds, later than every row before it. */
  private createdAt(now: Date): string {
    const micros = Math.max(now.getTime() * 1000 + Math.floor((performance.now() % 1) * 1000), this.lastCreatedAt + 1);
    this.lastCreatedAt = micros;
    return naiveUtcIso(new Date(Math.floor(micros / 1000)), micros % 1_000_000);
  }

  /**
   * `order_number` as the real server makes it: `ORD<yymmdd>-<nnn>`, the day's sequence after the
   * day's last such number (back to 001 after 999), one more if taken.
   */
  private nextOrderNumber(now: Date): string {
    const day = now.toISOString().slice(2, 10).replaceAll('-', '');
    const pattern = new RegExp(`^ORD${day}-(\\d{3})$`);
    const last = this.orders.findLast((order) => pattern.test(order.order_number));
    const bump = (sequence: number) => (sequence + 1 > 999 ? 1 : sequence + 1);
    let sequence = last ? bump(Number(pattern.exec(last.order_number)![1])) : 1;
    const numberOf = (value: number) => `ORD${day}-${String(value).padStart(3, '0')}`;
    if (this.orders.some((order) => order.order_number === numberOf(sequence))) sequence = bump(sequence);
    return numberOf(sequence);
  }

  create(fields: NewOrder, now = new Date()): StoredOrder {
    const order_id = (this.orders.at(-1)?.order_id ?? 0) + 1;
    const total = fields.total_amount ?? 15000;
    const order: StoredOrder = {
      order_id,
      order_number: this.nextOrderNumber(now),
      customer_name: 'زبون',
      customer_phone: '0933333333',
      total_amount: total,
      final_amount: total,
      delivery_type: 'self',
      service_name: null,
      items_count: 1,
      created_at: fields.created_at ?? this.createdAt(now),
      image_url: null,
      status: 'pending',
      ...fields,
    };
    this.orders.push(order);
    this.save();
    return order;
  }

  get(orderId: number): StoredOrder | undefined {
    return this.orders.find((order) => order.order_id === orderId);
  }

  setStatus(orderId: number, status: OrderStatus): StoredOrder | undefined {
    const order = this.get(orderId);
    if (!order) return undefined;
    order.status = status;
    this.save();
    return order;
  }

  /** Every order, oldest first. */
  all(): readonly StoredOrder[] {
    return this.orders;
  }

  newestFirst(limit: number): StoredOrder[] {
    return limit <= 0 ? [] : this.orders.slice(-limit).reverse();
  }

  /** The `order_items.id` of an order's first item: items are numbered in order of creation. */
  firstItemId(orderId: number): number {
    let items = 0;
    for (const order of this.orders) {
      if (order.order_id >= orderId) break;
      items += Math.max(0, Math.trunc(Number(order.items_count) || 0));
    }
    return items + 1;
  }

  filesOf(orderId: number): OrderFiles | undefined {
    return this.uploads.orderFiles[String(orderId)];
  }

  setFiles(orderId: number, files: OrderFiles): void {
    this.uploads.orderFiles[String(orderId)] = files;
    this.saveUploads();
  }

  /** Every order's files, oldest order first. */
  allFiles(): OrderFiles[] {
    return Object.entries(this.uploads.orderFiles)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([, files]) => files);
  }

  hostedFile(path: string): HostedFile | undefined {
    return this.uploads.hostedFiles.find((file) => file.path === path);
  }

  /** Places a file at `path`, replacing what was there, as writing it to disk would. */
  host(file: HostedFile): void {
    this.uploads.hostedFiles = [...this.uploads.hostedFiles.filter((known) => known.path !== file.path), file];
    this.saveUploads();
  }

  private save(): void {
    if (this.file) writeAtomically(this.file, JSON.stringify(this.orders));
  }

  private saveUploads(): void {
    if (this.file) writeAtomically(`${this.file}.uploads.json`, JSON.stringify(this.uploads));
  }
}

function readJson<T>(file: string, fallback: T): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return fallback;
  }
}

function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
