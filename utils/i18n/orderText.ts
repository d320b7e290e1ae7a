import type { Language } from './language';
import { ORDER_TEXT_AR, type OrderText } from './orderTextAr';
import { ORDER_TEXT_EN } from './orderTextEn';

/** An order's words, both languages: the worker's notifications. The popup loads one language's. */
export const ORDER_TEXT: Record<Language, OrderText> = { ar: ORDER_TEXT_AR, en: ORDER_TEXT_EN };
