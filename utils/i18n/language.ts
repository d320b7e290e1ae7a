export const LANGUAGES = ['ar', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type LanguageSetting = Language | 'auto';

/** Arabic unless the setting or, on `auto`, the browser's language says English. */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): Language {
  if (setting !== 'auto') return setting;
  return browserLanguage.toLowerCase().startsWith('en') ? 'en' : 'ar';
}

/** Locales for `Intl`: Syrian Arabic (Arabic-Indic digits) or English. */
export const INTL_LOCALE: Record<Language, string> = { ar: 'ar-SY', en: 'en' };
