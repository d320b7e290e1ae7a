import { useEffect, useRef, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { inBackground } from './inBackground';

/**
 * The item's current value (undefined while loading), re-rendered on every change. Another
 * context writes these values, so `parse` checks them before the page trusts their shape; a
 * malformed value reads as the item's default. A parser passed inline is a new function on
 * every render: the latest one is used without watching the item anew.
 */
export function useStorageItem<T>(
  item: WxtStorageItem<T, Record<string, unknown>>,
  parse: (stored: unknown) => T | null,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  const parser = useRef(parse);
  parser.current = parse;
  useEffect(() => {
    let active = true;
    const read = (stored: unknown) => setValue(parser.current(stored) ?? item.fallback);
    inBackground(
      item.getValue().then((initial) => active && read(initial)),
      'Reading storage',
    );
    const unwatch = item.watch(read);
    return () => {
      active = false;
      unwatch();
    };
  }, [item]);
  return value;
}
