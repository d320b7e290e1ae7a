import { INTL_LOCALE, type Language } from './language';

/** One value per language, built on first use: `Intl` formatters are costly to build per order. */
export function memoized<T>(build: (language: Language) => T): (language: Language) => T {
  const built = new Map<Language, T>();
  return (language) => {
    let value = built.get(language);
    if (value === undefined) built.set(language, (value = build(language)));
    return value;
  };
}

const integerFormat = memoized((language) => new Intl.NumberFormat(INTL_LOCALE[language]));
const amountFormat = memoized(
  (language) =>
    new Intl.NumberFormat(INTL_LOCALE[language], { style: 'currency', currency: 'SYP', maximumFractionDigits: 0 }),
);

export function formatInteger(language: Language, value: number): string {
  return integerFormat(language).format(value);
}

/**
 * The amount worth showing staff, or null. The shop's order form computes no price, so its
 * orders carry 0 (`0.0` in the frame, `0` in the list): that is no price, not a free order.
 */
export function shownAmount(amount: number | null): number | null {
  // Shown in whole pounds: what rounds to 0 is no price either.
  return amount !== null && amount >= 0.5 ? amount : null;
}

/** An amount in Syrian pounds, whole pounds. */
export function formatAmount(language: Language, amount: number): string {
  return amountFormat(language).format(amount);
}
