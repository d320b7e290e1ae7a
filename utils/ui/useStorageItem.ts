import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { inBackground } from './inBackground';

/**
 * The item's current value (undefined while loading), re-rendered on every change. The
 * worker writes these values; `parse` checks them before the page trusts their shape.
 */
export function useStorageItem<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  parse: (stored: unknown) => T = (stored) => stored as T,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let active = true;
    inBackground(
      item.getValue().then((initial) => active && setValue(parse(initial))),
      'Reading storage',
    );
    const unwatch = item.watch((next) => setValue(parse(next)));
    return () => {
      active = false;
      unwatch();
    };
  }, [item, parse]);
  return value;
}
