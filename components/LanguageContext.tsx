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
  /** Words already loaded: a provider whose words are here renders them in its first frame. */
  const loaded = new Map<Language, T>();
  const loadOnce = (language: Language) =>
    loads.get(language) ??
    loads
      .set(
        language,
        load[language]().then((words) => (loaded.set(language, words), words)),
      )
      .get(language)!;
  // The setting is usually `auto`: the browser's language starts loading with the page, while the settings are read.
  loadOnce(resolveLanguage('auto', navigator.language)).catch(() => undefined);
  /** The words this setting names, for a page that awaits them before its first render. */
  const preloadWords = (setting: LanguageSetting) => loadOnce(resolveLanguage(setting, navigator.language));

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
    const [shown, setShown] = useState<{ language: Language; words: T } | null>(() => {
      const words = loaded.get(language);
      return words === undefined ? null : { language, words };
    });
    useEffect(() => {
      let active = true;
      inBackground(
        loadOnce(language).then(
          (words) =>
            // Words the first render already had: the same state, so no second render.
            active &&
            setShown((was) => (was?.language === language && was.words === words ? was : { language, words })),
        ),
        'Loading the words',
      );
      return () => {
        active = false;
      };
    }, [language]);
    useLayoutEffect(() => {
      if (!shown) return;
      document.documentElement.lang = shown.language;
      document.documentElement.dir = shown.language === 'ar' ? 'rtl' : 'ltr';
      document.title = title(shown.words);
    }, [shown, title]);
    // A language switch keeps the current words until the new ones arrive.
    if (!shown) return <>{loading}</>;
    return (
      <LanguageContext.Provider value={shown.language}>
        <WordsContext.Provider value={shown.words}>{children}</WordsContext.Provider>
      </LanguageContext.Provider>
    );
  }

  function useWords(): T {
    const words = useContext(WordsContext);
    if (words === null) throw new Error('Words read outside their WordsProvider');
    return words;
  }

  return { WordsProvider, useWords, preloadWords };
}
