import { createContext, type ComponentChildren } from 'preact';
import { useContext, useLayoutEffect } from 'preact/hooks';
import { resolveLanguage, type Language, type LanguageSetting } from '../utils/i18n/language';
import { UI_TEXT, type UiText } from '../utils/i18n/uiText';

const LanguageContext = createContext<Language>('ar');

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useText(): UiText {
  return UI_TEXT[useLanguage()];
}

/** Resolves the page's language from the setting and lays the page out for it (RTL for Arabic). */
export function LanguageProvider({
  setting,
  title,
  children,
}: {
  setting: LanguageSetting;
  title(text: UiText): string;
  children: ComponentChildren;
}) {
  const language = resolveLanguage(setting, navigator.language);
  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
    document.title = title(UI_TEXT[language]);
  }, [language, title]);
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}
