import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { resolveLanguage, type Language, type LanguageSetting } from '../utils/i18n/language';
import { inBackground } from '../utils/ui/inBackground';

const LanguageContext = createContext<Language>('ar');

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/**
 * A page's words in one language. Each language's catalog is a chunk of its own: the page
 * loads the one its setting (or, on `auto`, the browser's language) names before it renders,
 * and lays itself out for it (RTL for Arabic).
 */
export function pageWords<T>(load: Record<Language, () => Promise<T>>) {
  const WordsContext = createContext<T | null>(null);
  const loads = new Map<Language, Promise<T>>();
  const loadOnce = (language: Language) => loads.get(language) ?? loads.set(language, load[language]()).get(language)!;
  // The setting is usually `auto`: the browser's language starts loading with the page, while the settings are read.
  loadOnce(resolveLanguage('auto', navigator.language)).catch(() => undefined);

  function WordsProvider({
    setting,
    title,
    loading,
    children,
  }: {
    setting: LanguageSetting;
    title(words: T): string;
    /** Shown while the words load: the page's busy frame. */
    loading: ComponentChildren;
    children: ComponentChildren;
  }) {
    const language = resolveLanguage(setting, navigator.language);
    const [loaded, setLoaded] = useState<{ language: Language; words: T } | null>(null);
    useEffect(() => {
      let active = true;
      inBackground(
        loadOnce(language).then((shown) => active && setLoaded({ language, words: shown })),
        'Loading the words',
      );
      return () => {
        active = false;
      };
    }, [language]);
    useLayoutEffect(() => {
      if (!loaded) return;
      document.documentElement.lang = loaded.language;
      document.documentElement.dir = loaded.language === 'ar' ? 'rtl' : 'ltr';
      document.title = title(loaded.words);
    }, [loaded, title]);
    // A language switch keeps the current words until the new ones arrive.
    if (!loaded) return <>{loading}</>;
    return (
      <LanguageContext.Provider value={loaded.language}>
        <WordsContext.Provider value={loaded.words}>{children}</WordsContext.Provider>
      </LanguageContext.Provider>
    );
  }

  function useWords(): T {
    const words = useContext(WordsContext);
    if (words === null) throw new Error('Words read outside their WordsProvider');
    return words;
  }

  return { WordsProvider, useWords };
}
