import { pageWords } from './LanguageContext';

/** The popup's words, one language loaded on demand (one `import()` each, so each preloads its own chunks). */
export const { WordsProvider: PopupWordsProvider, useWords: usePopupText } = pageWords({
  ar: () => import('../utils/i18n/popupTextAr').then((catalog) => catalog.POPUP_TEXT_AR),
  en: () => import('../utils/i18n/popupTextEn').then((catalog) => catalog.POPUP_TEXT_EN),
});
