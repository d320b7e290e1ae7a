import type { Order } from '../orders/order';
import type { StatusChangeProblem } from '../shop/orderStatuses';
import { formatAmount, formatInteger, memoized, shownAmount } from './numberFormats';
import { INTL_LOCALE, type Language } from './language';
import { isolated } from '../text/shownText';
import { orderLabel } from '../orders/order';
import { ORDER_TEXT } from './workerText';

/** Plural forms by `Intl.PluralRules` category; Arabic needs all six. */
type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

interface NotificationText {
  orderTitle: string;
  /** Each part already isolated; `customer` null when the server sent none. */
  orderMessage: (order: { number: string; customer: string | null; service: string | null }) => string;
  acceptOrder: string;
  openOrder: string;
  /** Where a notification has no buttons (Firefox): where to accept the order. */
  acceptInPopup: string;
  /** Title of an order's notification after an accept failed: it stays, with the reason. */
  acceptFailedTitle: string;
  summaryTitle: Plural;
  summaryMore: Plural;
  missedTitle: string;
  missedMessage: string;
}

const TEXT: Record<Language, NotificationText> = {
  ar: {
    orderTitle: '🆕 طلب جديد',
    // The shop's dashboard worded it so; staff recognise it.
    orderMessage: ({ number, customer, service }) =>
      (customer === null ? `طلب ${number}` : `طلب ${number} من ${customer}`) +
      (service === null ? '' : ` - ${service}`),
    acceptOrder: 'قبول الطلب',
    openOrder: 'فتح الطلب',
    acceptInPopup: 'اقبله من زر الإضافة في شريط الأدوات',
    acceptFailedTitle: '⚠️ لم يُقبل الطلب',
    missedTitle: '⚠️ ربما فاتتك طلبات',
    missedMessage: 'ربما فاتتك طلبات أثناء انقطاع الاتصال، أكثر مما تستطيع الإضافة استرجاعه: راجع لوحة التحكم.',
    summaryTitle: {
      one: '🆕 طلب جديد',
      two: '🆕 طلبان جديدان',
      few: '🆕 {count} طلبات جديدة',
      many: '🆕 {count} طلباً جديداً',
      other: '🆕 {count} طلب جديد',
    },
    summaryMore: {
      one: 'وطلب آخر',
      two: 'وطلبان آخران',
      few: 'و{count} طلبات أخرى',
      many: 'و{count} طلباً آخر',
      other: 'و{count} طلب آخر',
    },
  },
  en: {
    orderTitle: '🆕 New order',
    orderMessage: ({ number, customer, service }) =>
      (customer === null ? `Order ${number}` : `Order ${number} from ${customer}`) +
      (service === null ? '' : ` - ${service}`),
    acceptOrder: 'Accept order',
    openOrder: 'Open order',
    acceptInPopup: 'accept it from the extension’s toolbar button',
    acceptFailedTitle: '⚠️ The order was not accepted',
    missedTitle: '⚠️ Orders may have been missed',
    missedMessage:
      'Orders may have been missed while offline, more than the extension can fetch back: see the dashboard.',
    summaryTitle: { one: '🆕 1 new order', other: '🆕 {count} new orders' },
    summaryMore: { one: 'and 1 more', other: 'and {count} more' },
  },
};

/** `Intl` formatters cost ~80 µs to build and sit on the alert's path: build each once. */
const pluralRules = memoized((language) => new Intl.PluralRules(INTL_LOCALE[language]));

function plural(language: Language, forms: Plural, count: number): string {
  const form = forms[pluralRules(language).select(count)] ?? forms.other;
  return form.replace('{count}', formatInteger(language, count));
}

/** Texts of one order's notification; customer text stays plain text, never markup. */
export function orderNotificationText(language: Language, order: Order) {
  const text = TEXT[language];
  const words = ORDER_TEXT[language].order;
  const handover =
    order.deliveryType === 'delivery' ? words.delivery : order.deliveryType === 'self' ? words.pickup : null;
  const amount = shownAmount(order.amount);
  return {
    title: text.orderTitle,
    message: text.orderMessage({
      number: isolated(orderLabel(order)),
      customer: order.customerName === null ? null : isolated(order.customerName),
      service: order.serviceName === null ? null : isolated(order.serviceName),
    }),
    contextMessage: [amount === null ? null : formatAmount(language, amount), handover].filter(Boolean).join(' · '),
    buttons: [text.acceptOrder, text.openOrder],
    acceptInPopup: text.acceptInPopup,
  };
}

/** The order's notification again, after an accept failed: why, and the same buttons to retry. */
export function acceptFailedNotificationText(language: Language, order: Order, problem: StatusChangeProblem) {
  return {
    ...orderNotificationText(language, order),
    title: TEXT[language].acceptFailedTitle,
    contextMessage: ORDER_TEXT[language].acceptProblem[problem],
  };
}

/** Texts of the summary that stands for a burst of orders. */
export function summaryNotificationText(language: Language, listed: readonly Order[], count = listed.length) {
  const text = TEXT[language];
  const rest = count - listed.length;
  return {
    title: plural(language, text.summaryTitle, count),
    message:
      listed
        .map((order) =>
          [isolated(orderLabel(order)), order.customerName && isolated(order.customerName)].filter(Boolean).join(': '),
        )
        .join('\n') + (rest > 0 ? `\n${plural(language, text.summaryMore, rest)}` : ''),
    items: listed.map((order) => ({
      title: isolated(orderLabel(order)),
      message: [order.customerName, order.serviceName]
        .filter(Boolean)
        .map((part) => isolated(part!))
        .join(' - '),
    })),
  };
}

/** Orders may have been missed while offline, more than one catch-up reads back. */
export function missedOrdersNotificationText(language: Language) {
  return { title: TEXT[language].missedTitle, message: TEXT[language].missedMessage };
}
