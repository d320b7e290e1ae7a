import { POPUP_TEXT_AR } from '../utils/i18n/popupTextAr';
import { POPUP_TEXT_EN } from '../utils/i18n/popupTextEn';
import { pageWords } from './LanguageContext';

/** The popup's words, both languages in its one script: a second request would delay its first frame. */
export const {
  WordsProvider: PopupWordsProvider,
  useWords: usePopupText,
  preloadWords: preloadPopupWords,
} = pageWords({
  ar: () => Promise.resolve(POPUP_TEXT_AR),
  en: () => Promise.resolve(POPUP_TEXT_EN),
});
