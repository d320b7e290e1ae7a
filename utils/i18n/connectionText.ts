import { CONNECTION_TEXT_AR, type ConnectionText } from './connectionTextAr';
import { CONNECTION_TEXT_EN } from './connectionTextEn';
import type { Language } from './language';

/** Whether orders can arrive, in words, both languages: the worker's toolbar tooltip. Pages load one language's. */
export const CONNECTION_TEXT: Record<Language, ConnectionText> = { ar: CONNECTION_TEXT_AR, en: CONNECTION_TEXT_EN };
