// The interface words the specs expect, taken from the catalogs the product shows them from, so a
// wording change in a catalog cannot break a test and a test proves the catalog's text is what shows.
// The specs import the catalogs only through this module: when the catalogs move, only it changes.
import type { Formatters } from '../../utils/i18n/findingWords';
import { ACCOUNT_ALERT_TEXT } from '../../utils/i18n/accountAlertText';
import { CONNECTION_TEXT } from '../../utils/i18n/workerText';
import { DIAGNOSTICS_AR } from '../../utils/i18n/diagnosticsTextAr';
import { DIAGNOSTICS_EN } from '../../utils/i18n/diagnosticsTextEn';
import type { Language } from '../../utils/i18n/language';
import { formatAmount, formatInteger } from '../../utils/i18n/numberFormats';
import { OPTIONS_TEXT_AR } from '../../utils/i18n/optionsTextAr';
import { OPTIONS_TEXT_EN } from '../../utils/i18n/optionsTextEn';
import { POPUP_TEXT_AR } from '../../utils/i18n/popupTextAr';
import { POPUP_TEXT_EN } from '../../utils/i18n/popupTextEn';
import { spokenOrderText, type SpokenOrders } from '../../utils/speech/spokenOrderText';

/** Each page's own catalog, one module per language, as the page loads it. */
const PAGE_TEXT = {
  ar: { popup: POPUP_TEXT_AR, options: OPTIONS_TEXT_AR, diagnostics: DIAGNOSTICS_AR },
  en: { popup: POPUP_TEXT_EN, options: OPTIONS_TEXT_EN, diagnostics: DIAGNOSTICS_EN },
};

function catalogs(language: Language) {
  const pages = PAGE_TEXT[language];
  return {
    /** The popup's and the options page's words (with the connection's and the order's). */
    ui: { ...pages.popup, ...pages.options },
    /** The connection state in words: the popup, the toolbar tooltip. */
    connection: CONNECTION_TEXT[language],
    order: pages.popup.order,
    /** The notifications that say the account cannot receive orders. */
    accountAlert: ACCOUNT_ALERT_TEXT[language],
    /** The troubleshooter's words. */
    diagnostics: pages.diagnostics,
    integer: (value: number) => formatInteger(language, value),
    amount: (value: number) => formatAmount(language, value),
    /** The sentence read aloud for new orders. */
    spoken: (spoken: SpokenOrders) => spokenOrderText(language, spoken),
  };
}

export const AR = catalogs('ar');
export const INTERFACE_TEXT: Record<Language, typeof AR> = { ar: AR, en: catalogs('en') };

// A sentence of the catalog whose values (numbers, durations, names) a test cannot know in advance:
// it is built with a marker for every value, then matched with anything in the marker's place.
const VALUE = '\u{E000}';
const valueFormatters: Formatters = {
  date: () => VALUE,
  relative: () => VALUE,
  duration: () => VALUE,
  number: () => VALUE,
  connection: () => VALUE,
  listReading: () => VALUE,
};
const anyValues = new Proxy({}, { get: () => VALUE });

/**
 * A troubleshooter finding's sentence (its summary, or its fix) as a pattern whatever its values,
 * e.g. `findingPattern(AR.diagnostics.finding.pingReceived)`. A value a sentence tests for (`x === null`,
 * a flag) takes the branch of a present, truthy value.
 */
export function findingPattern(
  describe: (finding: never, format: Formatters) => { summary: string; fix?: string },
  part: 'summary' | 'fix' = 'summary',
): RegExp {
  const words = describe(anyValues as never, valueFormatters)[part];
  if (words === undefined) throw new Error(`this finding has no ${part}`);
  return new RegExp(
    words
      .split(VALUE)
      .map((fixed) => fixed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+?'),
    'u',
  );
}
