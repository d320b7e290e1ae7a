import { createContext, type ComponentChildren } from 'preact';
import { useContext, useLayoutEffect } from 'preact/hooks';
import { resolveLanguage, type Language, type LanguageSetting } from '../utils/i18n/language';
import { UI_TEXT, type UiText } from '../utils/i18n/uiText';

const LanguageContext = createContext<Language>('ar');

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The words of one catalog in the page's language: each page bundles only the catalogs it shows. */
export function useCatalog<T>(catalog: Record<Language, T>): T {
  return catalog[useLanguage()];
}

/** The popup's and the options page's words. */
export function useText(): UiText {
  return useCatalog(UI_TEXT);
}

/** Resolves the page's language from the setting and lays the page out for it (RTL for Arabic). */
export function LanguageProvider({
  setting,
  title,
  children,
}: {
  setting: LanguageSetting;
  title(language: Language): string;
  children: ComponentChildren;
}) {
  const language = resolveLanguage(setting, navigator.language);
  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = language === 'ar' ? 'rtl' : 'ltr';
    document.title = title(language);
  }, [language, title]);
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}
