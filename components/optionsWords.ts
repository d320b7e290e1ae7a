import { pageWords } from './LanguageContext';

/** The options page's words, one language loaded on demand. */
export const { WordsProvider: OptionsWordsProvider, useWords: useOptionsText } = pageWords((language) =>
  language === 'ar'
    ? import('../utils/i18n/optionsTextAr').then((catalog) => catalog.OPTIONS_TEXT_AR)
    : import('../utils/i18n/optionsTextEn').then((catalog) => catalog.OPTIONS_TEXT_EN),
);
