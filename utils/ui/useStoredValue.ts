import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredValue } from '../storedValues';
import { inBackground } from './inBackground';
import { preloaded, readStoredValue, watchStoredValue } from './storedValueReader';

/**
 * The stored value (undefined while loading), re-rendered on every change. The worker writes
 * these values, so `parse` checks them before the page trusts their shape; a malformed value
 * reads as the default. A parser passed inline is a new function on every render: the latest
 * one is used without watching the value anew. A value the page preloaded
 * (`preloadStoredValues`) is there from the first render, with no read of its own.
 */
export function useStoredValue<T>(value: StoredValue<T>, parse: (stored: unknown) => T | null): T | undefined {
  // The preloaded entry the first render showed: one that moved before the watch below began is shown anew.
  const [first] = useState(() => preloaded(value, parse));
  const [current, setCurrent] = useState(first.value);
  const parser = useRef(parse);
  parser.current = parse;
  useEffect(() => {
    let active = true;
    const check = (stored: unknown) => parser.current(stored);
    const unwatch = watchStoredValue(value, check, setCurrent);
    const now = preloaded(value, check);
    if (!now.entry)
      inBackground(
        readStoredValue(value, check).then((initial) => active && setCurrent(initial)),
        'Reading storage',
      );
    else if (now.entry !== first.entry) setCurrent(now.value);
    return () => {
      active = false;
      unwatch();
    };
  }, [value, first]);
  return current;
}
