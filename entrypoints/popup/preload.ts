import { preloadPopupWords } from '../../components/popupWords';
import { parseSettings } from '../../utils/settings/parseSettings';
import { STORED } from '../../utils/storedValues';
import { preloadStoredValues } from '../../utils/ui/preloadStoredValues';
import { preloaded } from '../../utils/ui/storedValueReader';

/**
 * What the popup's first frame shows, asked for as soon as its code has run (main.tsx imports
 * this first) and before anything renders: the stored values, in one read per storage area, and
 * the words of the language the settings name (the browser's language is already loading since
 * popupWords ran). The settings are read through their parser, as the page reads them.
 */
export const popupReady: Promise<unknown> = preloadStoredValues([
  STORED.settings,
  STORED.snoozedUntil,
  STORED.receivedOrders,
  STORED.connectionSnapshot,
  STORED.storageProblem,
]).then(() => preloadPopupWords(preloaded(STORED.settings, parseSettings).value?.language ?? 'auto'));
