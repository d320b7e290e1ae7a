import { storage } from 'wxt/utils/storage';
import { parseConnectionSnapshot } from './connection/connectionStatus';
import { parseEventLog } from './diagnostics/eventLog';
import { parsePipelineStats } from './diagnostics/pipelineStats';
import { parseOrderWatermark } from './orders/catchUp';
import { parseReceivedOrders } from './orders/receivedOrder';
import { parseSettings } from './settings/settings';
import { parseSession } from './shop/session';
import { STORED, type StoredValue } from './storedValues';

/**
 * The stored values of `storedValues.ts` as WXT storage items. Values other contexts (or
 * older versions) wrote are read through their domain's schema (`read…`), never trusted as typed.
 */
const item = <T>({ key, fallback, version }: StoredValue<T>) => storage.defineItem<T>(key, { fallback, version });

export const settingsItem = item(STORED.settings);
export const readSettings = async () => parseSettings(await settingsItem.getValue());

export const sessionItem = item(STORED.session);
export const readSession = async () => parseSession(await sessionItem.getValue());

export const receivedOrdersItem = item(STORED.receivedOrders);
export const readReceivedOrders = async () => parseReceivedOrders(await receivedOrdersItem.getValue());

export const connectionSnapshotItem = item(STORED.connectionSnapshot);
export const readConnectionSnapshot = async () => parseConnectionSnapshot(await connectionSnapshotItem.getValue());

export const orderWatermarkItem = item(STORED.orderWatermark);
export const readOrderWatermark = async () => parseOrderWatermark(await orderWatermarkItem.getValue());

export const snoozedUntilItem = item(STORED.snoozedUntil);

export const pipelineStatsItem = item(STORED.pipelineStats);
export const readPipelineStats = async () => parsePipelineStats(await pipelineStatsItem.getValue());

export const lastSoundItem = item(STORED.lastSound);

export const eventLogItem = item(STORED.eventLog);
export const readEventLog = async () => parseEventLog(await eventLogItem.getValue());

export const nextRingAtItem = item(STORED.nextRingAt);

export const notifiedAccountProblemsItem = item(STORED.notifiedAccountProblems);
