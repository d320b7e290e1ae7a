import { browser } from 'wxt/browser';
import type { StoredValue } from '../storedValues';
import { place, preloads } from './storedValueReader';

/**
 * Reads these values before the page's first render, with ONE `get` per storage area, and keeps
 * them current from then on: a page that awaits this renders its content in its first frame
 * (`useStoredValue` starts from these) instead of a busy frame, then a read, then a second render.
 * The change listener starts before the read, and a change it hears wins over what the read returns.
 */
export async function preloadStoredValues(values: readonly StoredValue<unknown>[]): Promise<void> {
  const places = values.map(place);
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) =>
    places.forEach(({ area: valueArea, key }, index) => {
      if (valueArea === area && key in changes) preloads.set(values[index]!.key, { stored: changes[key]!.newValue });
    }),
  );
  await Promise.all(
    (['local', 'session'] as const).map(async (area) => {
      const keys = places.filter((value) => value.area === area).map(({ key }) => key);
      const stored: Record<string, unknown> = keys.length > 0 ? await browser.storage[area].get(keys) : {};
      places.forEach(({ area: valueArea, key }, index) => {
        if (valueArea === area && !preloads.has(values[index]!.key))
          preloads.set(values[index]!.key, { stored: stored[key] });
      });
    }),
  );
}
