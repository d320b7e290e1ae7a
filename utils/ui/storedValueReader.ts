import { browser } from 'wxt/browser';
import type { StoredValue } from '../storedValues';

/**
 * How pages read what the worker stores: pages never write (the worker is every value's one
 * writer), so they need no storage library, only a read and the change events; that keeps
 * @wxt-dev/storage (≈ 8 KB) out of every page. Keys are those of `storedValues.ts`
 * (`local:settings` is `settings` in local storage), as the worker's WXT items store them.
 */
export function place<T>(value: StoredValue<T>) {
  const [area, key] = value.key.split(':') as ['local' | 'session', string];
  return { area, key };
}

/** A stored value as `parse` reads it; the value's default when missing or malformed. */
function checked<T>(value: StoredValue<T>, parse: (stored: unknown) => T | null, stored: unknown): T {
  return (stored === undefined ? null : parse(stored)) ?? value.fallback;
}

/** The stored value checked by `parse`; its default when missing or malformed. */
export async function readStoredValue<T>(value: StoredValue<T>, parse: (stored: unknown) => T | null): Promise<T> {
  const { area, key } = place(value);
  const stored: Record<string, unknown> = await browser.storage[area].get(key);
  return checked(value, parse, stored[key]);
}

/** Calls `onChange` with each new value, checked by `parse`; returns the way to stop. */
export function watchStoredValue<T>(
  value: StoredValue<T>,
  parse: (stored: unknown) => T | null,
  onChange: (next: T) => void,
): () => void {
  const { area, key } = place(value);
  const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
    if (changedArea !== area || !(key in changes)) return;
    onChange(checked(value, parse, changes[key]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Values the page preloaded (`preloadStoredValues.ts`, the popup's), as stored, by key: a new
 * entry on every change, so a reader can tell one moved. The loader is not here: pages that
 * preload nothing do not download it.
 */
export const preloads = new Map<string, { stored: unknown }>();

/**
 * A preloaded value's current entry (undefined if the page did not preload it) and the value
 * checked by `parse`: its default when missing or malformed.
 */
export function preloaded<T>(value: StoredValue<T>, parse: (stored: unknown) => T | null) {
  const entry = preloads.get(value.key);
  return { entry, value: entry && checked(value, parse, entry.stored) };
}
