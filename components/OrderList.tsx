import { formatAmount, shownAmount } from '../utils/i18n/numberFormats';
import { relativeTime } from '../utils/i18n/relativeTime';
import { needsStaff } from '../utils/orders/orderFilter';
import { ORDER_STATUSES, type OrderStatus } from '../utils/shop/orderStatuses';
import { orderLabel } from '../utils/orders/order';
import type { ReceivedOrder } from '../utils/orders/receivedOrderSchema';
import { useLanguage } from './LanguageContext';
import { usePopupText } from './popupWords';

const isKnownStatus = (status: string): status is OrderStatus => (ORDER_STATUSES as readonly string[]).includes(status);

/** Where the order stands, in words: new, accepted here, or handled by a colleague. */
function OrderState({ order }: { order: ReceivedOrder }) {
  const text = usePopupText();
  const status = order.status?.toLowerCase() ?? 'pending';
  const words = isKnownStatus(status) ? text.order.status[status] : text.order.unknownStatus(status);
  if (order.acceptance?.state === 'accepted') return <span class="order-state">{text.order.acceptedHere}</span>;
  if (!needsStaff(order.status))
    return (
      <span class="order-state">
        {words} · {text.order.handledElsewhere}
      </span>
    );
  return <span class="order-state">{words}</span>;
}

/** Customer text is rendered as text nodes only: Preact escapes it. */
export function OrderList({
  orders,
  highlighted,
  showPictures,
  now,
  onOpen,
  onAccept,
}: {
  orders: ReceivedOrder[];
  highlighted: ReadonlySet<number>;
  showPictures: boolean;
  now: number;
  onOpen(orderId: number): void;
  onAccept(orderId: number): void;
}) {
  const language = useLanguage();
  const text = usePopupText();
  if (orders.length === 0) return <p class="empty">{text.popup.empty}</p>;
  return (
    <ul class="orders" aria-label={text.popup.ordersLabel}>
      {orders.map((order) => {
        const handled = !needsStaff(order.status);
        const accepting = order.acceptance?.state === 'accepting';
        const failure = order.acceptance?.state === 'failed' ? order.acceptance : null;
        const thumbnail = showPictures ? order.thumbnail : undefined;
        const handover =
          order.deliveryType === 'delivery'
            ? text.order.delivery
            : order.deliveryType === 'self'
              ? text.order.pickup
              : null;
        const amount = shownAmount(order.amount);
        return (
          <li
            key={order.id}
            class={['order', highlighted.has(order.id) && 'unseen', handled && 'handled', thumbnail && 'pictured']
              .filter(Boolean)
              .join(' ')}
            data-order-id={order.id}
            data-status={order.status ?? 'pending'}
          >
            <button type="button" class="order-open" onClick={() => onOpen(order.id)} title={text.order.open}>
              {/* Only a validated JPEG data URL reaches here (thumbnailSchema): never a remote address. */}
              {thumbnail && <img class="order-picture" src={thumbnail} alt={text.order.picture} />}
              <span class="order-number">{orderLabel(order)}</span>
              <span class="customer">{order.customerName ?? '—'}</span>
              <span class="amount">{amount === null ? '—' : formatAmount(language, amount)}</span>
              {/* A list row of a form order names no service: nothing rather than a placeholder. */}
              <span class="service">{[order.serviceName, handover].filter(Boolean).join(' · ')}</span>
              <time class="received" dateTime={new Date(order.receivedAt).toISOString()}>
                {relativeTime(language, order.receivedAt, now)}
              </time>
            </button>
            <div class="order-footer">
              <OrderState order={order} />
              {!handled && (
                <button
                  type="button"
                  name="accept"
                  class="order-accept"
                  disabled={accepting}
                  onClick={() => onAccept(order.id)}
                >
                  {accepting ? text.order.accepting : text.order.accept}
                </button>
              )}
            </div>
            {failure?.problem && !handled && (
              <p class="accept-error error" role="alert">
                {text.order.acceptFailed(
                  `${text.acceptProblem[failure.problem]}${failure.problem === 'refused' && failure.detail ? ` (${failure.detail})` : ''}`,
                )}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
