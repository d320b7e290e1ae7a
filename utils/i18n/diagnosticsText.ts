import { DIAGNOSTICS_AR, type DiagnosticsText } from './diagnosticsTextAr';
import { DIAGNOSTICS_EN } from './diagnosticsTextEn';
import type { Language } from './language';

export type { DiagnosticsText };

/** The troubleshooter's words: checks, findings and fixes, Arabic and English. */
export const DIAGNOSTICS_TEXT: Record<Language, DiagnosticsText> = { ar: DIAGNOSTICS_AR, en: DIAGNOSTICS_EN };
