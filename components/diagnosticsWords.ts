import { pageWords } from './LanguageContext';

/** The troubleshooter's words, one language loaded on demand. */
export const { WordsProvider: DiagnosticsWordsProvider, useWords: useDiagnosticsText } = pageWords((language) =>
  language === 'ar'
    ? import('../utils/i18n/diagnosticsTextAr').then((catalog) => catalog.DIAGNOSTICS_AR)
    : import('../utils/i18n/diagnosticsTextEn').then((catalog) => catalog.DIAGNOSTICS_EN),
);
