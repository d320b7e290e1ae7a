import type { Language } from '../i18n/language';
import { memoized, shownAmount } from '../i18n/numberFormats';
import { TEXT_LIMITS, shownText } from '../text/shownText';
import type { Order } from '../orders/order';

/** What an utterance says about the orders it covers: one order in full, a burst as a count. */
export type SpokenOrders =
  { kind: 'one'; order: Pick<Order, 'customerName' | 'amount'> } | { kind: 'many'; count: number };

// The engine reads digits in the voice's language; the words around them must agree in number.
// Arabic counts take the plural class of the number: 1 طلب, 2 طلبان, 3–10 طلبات, 11–99 طلبًا, 100 طلب.
const plural = memoized((language) => new Intl.PluralRules(language));
// Plain digits without grouping: engines read "5000" as "five thousand" / "خمسة آلاف", but may pause at "5,000".
const digits = memoized((language) => new Intl.NumberFormat(language === 'ar' ? 'ar' : 'en', { useGrouping: false }));

const AR_ORDERS: Record<Intl.LDMLPluralRule, (n: string) => string> = {
  zero: () => 'لا طلبات جديدة',
  one: () => 'طلب جديد',
  two: () => 'طلبان جديدان',
  few: (n) => `${n} طلبات جديدة`,
  many: (n) => `${n} طلبًا جديدًا`,
  other: (n) => `${n} طلب جديد`,
};
const AR_POUNDS: Record<Intl.LDMLPluralRule, (n: string) => string> = {
  zero: (n) => `${n} ليرة`,
  one: () => 'ليرة واحدة',
  two: () => 'ليرتان',
  few: (n) => `${n} ليرات`,
  many: (n) => `${n} ليرة`,
  other: (n) => `${n} ليرة`,
};

function amountWords(language: Language, amount: number): string {
  const whole = Math.round(Math.abs(amount));
  const n = digits(language).format(whole);
  if (language === 'ar') return AR_POUNDS[plural(language).select(whole)](n);
  return whole === 1 ? 'one pound' : `${n} pounds`;
}

function countWords(language: Language, count: number): string {
  const n = digits(language).format(count);
  if (language === 'ar') return AR_ORDERS[plural(language).select(count)](n);
  return count === 1 ? 'New order' : `${n} new orders`;
}

/**
 * The sentence spoken for new orders, e.g. "طلب جديد من أحمد الخطيب، 5000 ليرة" or
 * "12 new orders". The customer's name goes through the same sanitizing as the notification.
 */
export function spokenOrderText(language: Language, spoken: SpokenOrders): string {
  if (spoken.kind === 'many') return countWords(language, spoken.count);
  const { customerName } = spoken.order;
  const amount = shownAmount(spoken.order.amount);
  const name = customerName === null ? '' : shownText(customerName, TEXT_LIMITS.customerName);
  const parts = [
    name ? (language === 'ar' ? `طلب جديد من ${name}` : `New order from ${name}`) : countWords(language, 1),
  ];
  if (amount !== null && Number.isFinite(amount)) parts.push(amountWords(language, amount));
  return parts.join(language === 'ar' ? '، ' : ', ');
}
