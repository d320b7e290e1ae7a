import type { Language } from './language';

/** The extension's name in each language (the manifest's `_locales` carry it for the browser's own UI). */
export const EXTENSION_NAME: Record<Language, string> = { ar: 'إشعارات خوام', en: 'Khawam Notifier' };
