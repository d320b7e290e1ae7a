import { INTL_LOCALE } from '../utils/i18n/language';
import { formatAmount } from '../utils/i18n/notificationText';
import { relativeTime } from '../utils/i18n/relativeTime';
import type { ReceivedOrder } from '../utils/storage';
import { useLanguage, useText } from './LanguageContext';

/** Customer text is rendered as text nodes only: Preact escapes it. */
export function OrderList({
  orders,
  highlighted,
  now,
  onOpen,
}: {
  orders: ReceivedOrder[];
  highlighted: ReadonlySet<number>;
  now: number;
  onOpen(orderId: number): void;
}) {
  const language = useLanguage();
  const text = useText();
  if (orders.length === 0) return <p class="empty">{text.popup.empty}</p>;
  return (
    <ul class="orders" aria-label={text.popup.ordersLabel}>
      {orders.map((order) => {
        const handover =
          order.deliveryType === 'delivery'
            ? text.order.delivery
            : order.deliveryType === 'self'
              ? text.order.pickup
              : null;
        return (
          <li key={order.id} class={highlighted.has(order.id) ? 'order unseen' : 'order'} data-order-id={order.id}>
            <button type="button" class="order-open" onClick={() => onOpen(order.id)} title={text.order.open}>
              <span class="order-number">{order.number}</span>
              <span class="customer">{order.customerName}</span>
              <span class="amount">{formatAmount(language, order.amount)}</span>
              <span class="service">
                {order.serviceName || text.order.defaultService}
                {handover && ` · ${handover}`}
              </span>
              <time class="received" dateTime={new Date(order.receivedAt).toISOString()}>
                {relativeTime(INTL_LOCALE[language], order.receivedAt, now)}
              </time>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
