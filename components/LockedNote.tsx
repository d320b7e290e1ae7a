import type { Settings } from '../utils/settings/settings';
import { useOptionsText } from './optionsWords';
import { useLocked } from './PolicyContext';

/** "Set by your administrator", next to an options field a policy locks. */
export function LockedNote({ name }: { name: keyof Settings }) {
  const text = useOptionsText().options;
  return useLocked(name) ? <span class="locked-note">{text.setByAdmin}</span> : null;
}
