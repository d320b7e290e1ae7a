import { preloadPopupWords } from '../../components/popupWords';
import { LANGUAGES, type LanguageSetting } from '../../utils/i18n/language';
import { STORED } from '../../utils/storedValues';
import { preloadStoredValues } from '../../utils/ui/preloadStoredValues';
import { preloaded } from '../../utils/ui/storedValueReader';

/** The stored language setting when it is one, `auto` otherwise (the page checks the whole settings when it renders). */
function languageSetting(): LanguageSetting {
  const stored = preloaded(STORED.settings, () => null).entry?.stored;
  const language = typeof stored === 'object' && stored !== null && 'language' in stored ? stored.language : 'auto';
  return (LANGUAGES as readonly unknown[]).includes(language) ? (language as LanguageSetting) : 'auto';
}

/**
 * What the popup's first frame shows, asked for as soon as its code has run (main.tsx imports
 * this first) and before anything renders: the stored values, in one read per storage area, and
 * the words of the language the settings name (the browser's language is already loading since
 * popupWords ran). Nothing here parses with zod: the page checks the values as it renders.
 */
export const popupReady: Promise<unknown> = preloadStoredValues([
  STORED.settings,
  STORED.snoozedUntil,
  STORED.receivedOrders,
  STORED.connectionSnapshot,
  STORED.storageProblem,
]).then(() => preloadPopupWords(languageSetting()));
