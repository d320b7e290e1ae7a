import { pageWords } from './LanguageContext';

/** The troubleshooter's words, one language loaded on demand (one `import()` each, so each preloads its own chunks). */
export const { WordsProvider: DiagnosticsWordsProvider, useWords: useDiagnosticsText } = pageWords({
  ar: () => import('../utils/i18n/diagnosticsTextAr').then((catalog) => catalog.DIAGNOSTICS_AR),
  en: () => import('../utils/i18n/diagnosticsTextEn').then((catalog) => catalog.DIAGNOSTICS_EN),
});
