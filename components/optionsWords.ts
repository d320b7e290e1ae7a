import { pageWords } from './LanguageContext';

/** The options page's words, one language loaded on demand (one `import()` each, so each preloads its own chunks). */
export const { WordsProvider: OptionsWordsProvider, useWords: useOptionsText } = pageWords({
  ar: () => import('../utils/i18n/optionsTextAr').then((catalog) => catalog.OPTIONS_TEXT_AR),
  en: () => import('../utils/i18n/optionsTextEn').then((catalog) => catalog.OPTIONS_TEXT_EN),
});
