import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { inBackground } from './inBackground';

/**
 * The item's current value (undefined while loading), re-rendered on every change. The
 * worker writes these values; `parse` checks them before the page trusts their shape, and a
 * malformed value reads as the item's default.
 */
export function useStorageItem<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  parse: (stored: unknown) => T | null = (stored) => stored as T,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let active = true;
    const read = (stored: unknown) => setValue(parse(stored) ?? item.fallback);
    inBackground(
      item.getValue().then((initial) => active && read(initial)),
      'Reading storage',
    );
    const unwatch = item.watch(read);
    return () => {
      active = false;
      unwatch();
    };
  }, [item, parse]);
  return value;
}
