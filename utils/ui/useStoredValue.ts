import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredValue } from '../storedValues';
import { inBackground } from './inBackground';
import { readStoredValue, watchStoredValue } from './storedValueReader';

/**
 * The stored value (undefined while loading), re-rendered on every change. The worker writes
 * these values, so `parse` checks them before the page trusts their shape; a malformed value
 * reads as the default. A parser passed inline is a new function on every render: the latest
 * one is used without watching the value anew.
 */
export function useStoredValue<T>(value: StoredValue<T>, parse: (stored: unknown) => T | null): T | undefined {
  const [current, setCurrent] = useState<T | undefined>(undefined);
  const parser = useRef(parse);
  parser.current = parse;
  useEffect(() => {
    let active = true;
    const check = (stored: unknown) => parser.current(stored);
    inBackground(
      readStoredValue(value, check).then((initial) => active && setCurrent(initial)),
      'Reading storage',
    );
    const unwatch = watchStoredValue(value, check, setCurrent);
    return () => {
      active = false;
      unwatch();
    };
  }, [value]);
  return current;
}
