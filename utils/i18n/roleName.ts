import type { Language } from './language';

/** English names of the shop's roles; the server names them in Arabic only. */
const ENGLISH_ROLE_NAMES: Record<string, string> = { مدير: 'administrator', موظف: 'employee' };

/** A role as the server names it (`user_type.name_ar`), in the page's language; unknown roles as given. */
export function roleName(language: Language, nameAr: string): string {
  return language === 'en' ? (ENGLISH_ROLE_NAMES[nameAr] ?? nameAr) : nameAr;
}
