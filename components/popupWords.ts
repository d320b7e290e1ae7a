import { pageWords } from './LanguageContext';

/** The popup's words, one language loaded on demand. */
export const { WordsProvider: PopupWordsProvider, useWords: usePopupText } = pageWords((language) =>
  language === 'ar'
    ? import('../utils/i18n/popupTextAr').then((catalog) => catalog.POPUP_TEXT_AR)
    : import('../utils/i18n/popupTextEn').then((catalog) => catalog.POPUP_TEXT_EN),
);
