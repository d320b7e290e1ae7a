import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Settings } from '../utils/settings/settings';
import { useText } from './LanguageContext';

const LockedContext = createContext<readonly (keyof Settings)[]>([]);

/** Provides which settings the administrator's policy has set. */
export const PolicyProvider = LockedContext.Provider;

export function useLocked(key: keyof Settings): boolean {
  return useContext(LockedContext).includes(key);
}

/** "Set by your administrator", next to a field a policy locks. */
export function LockedNote({ name }: { name: keyof Settings }) {
  const text = useText().options;
  return useLocked(name) ? <span class="locked-note">{text.setByAdmin}</span> : null;
}
