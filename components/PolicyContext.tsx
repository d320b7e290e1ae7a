import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Settings } from '../utils/settings/settings';

const LockedContext = createContext<readonly (keyof Settings)[]>([]);

/** Provides which settings the administrator's policy has set. */
export const PolicyProvider = LockedContext.Provider;

export function useLocked(key: keyof Settings): boolean {
  return useContext(LockedContext).includes(key);
}
