import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import { storedValueParser } from './storedValueParser';
import { STORED, type StoredValue } from './storedValues';

/**
 * The stored values of `storedValues.ts` as WXT storage items: only their definitions.
 * A value another context (or an older version) wrote is read through its domain's
 * schema with `readParsed`, never trusted as typed.
 */
const item = <T>({ key, fallback, version }: StoredValue<T>) => storage.defineItem<T>(key, { fallback, version });

export const settingsItem = item(STORED.settings);
export const sessionItem = item(STORED.session);
export const receivedOrdersItem = item(STORED.receivedOrders);
export const connectionSnapshotItem = item(STORED.connectionSnapshot);
export const orderWatermarkItem = item(STORED.orderWatermark);
export const orderScopeItem = item(STORED.orderScope);
export const snoozedUntilItem = item(STORED.snoozedUntil);
export const pipelineStatsItem = item(STORED.pipelineStats);
export const lastSoundItem = item(STORED.lastSound);
export const storageProblemItem = item(STORED.storageProblem);
export const eventLogItem = item(STORED.eventLog);
export const nextRingAtItem = item(STORED.nextRingAt);
export const notifiedAccountProblemsItem = item(STORED.notifiedAccountProblems);
export const signedOutTokenItem = item(STORED.signedOutToken);
export const signedOutTokensItem = item(STORED.signedOutTokens);

/** The item's value checked by `parse`; the item's default when it is missing or malformed. */
export async function readParsed<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  parse: (stored: unknown) => T | null,
): Promise<T> {
  return parse(await item.getValue()) ?? item.fallback;
}

/** A stored list of short strings the worker keeps (notified problems' keys, signed-out tokens' fingerprints). */
export const parseStoredStrings = storedValueParser(z.array(z.string()));
