import type { ReceivedOrder } from '../utils/storage';

const amountFormat = new Intl.NumberFormat('ar-SY', { style: 'currency', currency: 'SYP', maximumFractionDigits: 0 });

/** Customer text is rendered as text nodes only: Preact escapes it. */
export function OrderList({
  orders,
  highlighted,
  onOpen,
}: {
  orders: ReceivedOrder[];
  highlighted: ReadonlySet<number>;
  onOpen(orderId: number): void;
}) {
  if (orders.length === 0) return <p class="empty">لا طلبات جديدة بعد. ستظهر هنا فور وصولها.</p>;
  return (
    <ul class="orders" aria-label="آخر الطلبات">
      {orders.map((order) => (
        <li key={order.id} class={highlighted.has(order.id) ? 'order unseen' : 'order'} data-order-id={order.id}>
          <button type="button" class="order-open" onClick={() => onOpen(order.id)} title="فتح الطلب في لوحة التحكم">
            <span class="order-number">{order.number}</span>
            <span class="customer">{order.customerName}</span>
            <span class="service">{order.serviceName || 'خدمة'}</span>
            <span class="amount">{amountFormat.format(order.amount)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
