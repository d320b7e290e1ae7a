import type { BackgroundMode } from '../platform/backgroundMode';
import type { PlayResult } from '../alerts/alertSound';
import type { ConnectionStatus } from '../connection/connectionStatus';
import type { SocketEvents, SocketHandle } from '../connection/browserSocket';
import type { ShopUser } from '../shop/schemas';

/** The checks, in the order the page shows them: each names a cause from docs/PROTOCOL.md §5. */
/** The checks of this computer; the others ask the network, each needing the one before. */
const COMPUTER_CHECKS = [
  'orderShape',
  'stability',
  'notifications',
  'backgroundMode',
  'sound',
  'spokenOrders',
  'dedupeStore',
] as const;
export const DIAGNOSTIC_CHECKS = [
  'credentials',
  'tokenExpiry',
  'server',
  'account',
  'handshake',
  'serverPing',
  'liveConnection',
  ...COMPUTER_CHECKS,
  'clock',
] as const;
export type CheckId = (typeof DIAGNOSTIC_CHECKS)[number];
const LOCAL_CHECKS: readonly CheckId[] = COMPUTER_CHECKS;
export const NETWORK_CHECKS = DIAGNOSTIC_CHECKS.filter((id) => !LOCAL_CHECKS.includes(id));
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skipped';

/** What a check found: a cause with the facts its sentence needs. Words live in the UI text. */
export type Finding =
  | { cause: 'signedIn'; name: string; role: string }
  | { cause: 'signedOut' }
  | { cause: 'expiresAt'; at: number }
  | { cause: 'expiresSoon'; at: number }
  | { cause: 'expired'; at: number }
  | { cause: 'opaqueToken' }
  | { cause: 'noExpiry' }
  | { cause: 'serverUp'; url: string; ms: number }
  | { cause: 'wrongUrl'; url: string; httpStatus: number }
  | { cause: 'serverUnreachable'; url: string }
  | { cause: 'serverError'; url: string; httpStatus: number }
  /** The API answers (its order list reads), its live route does not: orders come from the list. */
  | { cause: 'noLiveRoute'; url: string }
  | { cause: 'accountOk'; name: string; role: string }
  | { cause: 'tokenRejected' }
  | { cause: 'tokenExpired' }
  | { cause: 'serverDefect'; integerSubject: boolean }
  | { cause: 'notStaff'; role: string }
  | { cause: 'accountInactive' }
  | { cause: 'accountUnknown'; httpStatus: number }
  | { cause: 'handshakeOk'; ms: number }
  | { cause: 'upgradeRefused'; closeCode: number }
  | { cause: 'handshakeTimeout'; waitedMs: number }
  | { cause: 'pingReceived'; afterMs: number; intervalMs: number; roundTripMs: number | null }
  | { cause: 'serverSilent'; waitedMs: number }
  | { cause: 'connected'; activeConnections: number; lastOrderAt: number | null }
  | { cause: 'notCounted'; lastOrderAt: number | null }
  | { cause: 'broadcastMissing'; recovered: number }
  | { cause: 'shapeOk' }
  | { cause: 'keptRunning' }
  | { cause: 'stopsWithWindows' }
  | { cause: 'backgroundUnavailable' }
  | { cause: 'speechOff' }
  | { cause: 'speechReady'; voice: string }
  | { cause: 'noVoice' }
  | { cause: 'speechUnavailable' }
  /** Orders arrived with these fields missing or converted (announced all the same), most frequent first. */
  | { cause: 'partialShape'; fields: { field: string; count: number }[] }
  | { cause: 'notConnected'; status: ConnectionStatus }
  | { cause: 'stable'; losses: number }
  | { cause: 'keepsDropping'; losses: number; lastCloseCode: number | null }
  | { cause: 'notificationsShown'; platform: Platform }
  | { cause: 'notificationsDenied' }
  | { cause: 'notificationFailed'; error: string }
  | { cause: 'soundPlayed'; volume: number; quiet: boolean; repeatsAt: number | null }
  | { cause: 'soundOff' }
  | { cause: 'volumeZero' }
  | { cause: 'soundFailed'; error: string }
  | { cause: 'alertSoundFailed'; at: number; error: string }
  | { cause: 'dedupeStore'; count: number; capacity: number; duplicates: number }
  | { cause: 'dedupeUnreadable' }
  | { cause: 'storageFull'; failing: string[] }
  | { cause: 'clockOk'; offsetMs: number }
  | { cause: 'clockOff'; offsetMs: number }
  | { cause: 'clockHidden' }
  | { cause: 'notChecked'; after: CheckId };
export type FindingCause = Finding['cause'];

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  finding: Finding;
}

export type Platform = 'win' | 'mac' | 'other';

/** The connection and account the troubleshooter examines: the same the background uses. */
export interface DiagnosedTarget {
  apiBaseUrl: string;
  token: string;
  signedInAt: number;
  verifiedAt: number | null;
  user: ShopUser;
}

export interface DiagnosticDeps {
  fetch: typeof fetch;
  openSocket(url: string, events: SocketEvents): SocketHandle;
  now(): number;
  sleep(ms: number): Promise<void>;
  target: DiagnosedTarget | null;
  /** The server's ping period (30 s in production). */
  serverPingIntervalMs: number;
  /** The background's own connection, as it last published it. */
  connection: ConnectionStatus;
  lastOrderAt: number | null;
  /** Orders found by reading the list in the last hour that the open socket never delivered. */
  recoveredLastHour: number;
  /** Open connections lost in the last hour (from the event log), oldest first. */
  connectionLosses: { at: number; code: number }[];
  notifications: {
    permissionLevel(): Promise<string>;
    /** Shows a test notification; rejects when the browser refuses. */
    showTest(): Promise<void>;
    platform: Platform;
  };
  sound: {
    enabled: boolean;
    volume: number;
    quiet: boolean;
    playTest(): Promise<PlayResult>;
    /** When the sound rings again for orders nobody has seen ("repeat until seen"); null: it does not. */
    repeatsAt: number | null;
    /** The last order alert's sound: when, and whether it played (null: none yet). */
    lastAlert: { at: number; ok: boolean; error?: string } | null;
  };
  dedupe: { count(): Promise<number>; capacity: number; duplicates: number };
  /** Whether alerts go on with every window closed (the `background` permission; none on Firefox). */
  backgroundMode: BackgroundMode;
  /** Spoken orders: on or off, whether the browser can speak, and the voice they would use (null: none of the language). */
  speech: { enabled: boolean; available: boolean; voice: string | null };
  /** Orders announced with a field missing or converted since the browser started, by field. */
  degradedFields: Record<string, number>;
  /** Stores whose last write failed (storage full), as the worker published them. */
  storageFailing: string[];
}

export const result = (id: CheckId, status: CheckStatus, finding: Finding): CheckResult => ({ id, status, finding });
export const notChecked = (id: CheckId, after: CheckId) => result(id, 'skipped', { cause: 'notChecked', after });
