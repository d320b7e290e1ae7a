import { CONNECTION_TEXT_AR, type ConnectionText } from './connectionTextAr';
import { CONNECTION_TEXT_EN } from './connectionTextEn';
import type { Language } from './language';
import { ORDER_TEXT_AR, type OrderText } from './orderTextAr';
import { ORDER_TEXT_EN } from './orderTextEn';

/*
 * The pages' shared catalogs in both languages at once, for the worker: a service worker cannot
 * load one language on demand. Pages import one language's catalog instead.
 */

/** Whether orders can arrive, in words: the toolbar's tooltip. */
export const CONNECTION_TEXT: Record<Language, ConnectionText> = { ar: CONNECTION_TEXT_AR, en: CONNECTION_TEXT_EN };

/** An order's words: its notifications. */
export const ORDER_TEXT: Record<Language, OrderText> = { ar: ORDER_TEXT_AR, en: ORDER_TEXT_EN };
