import type { ReceivedOrder } from '../utils/storage';

const amountFormat = new Intl.NumberFormat('ar-SY', { style: 'currency', currency: 'SYP', maximumFractionDigits: 0 });

/** Customer text is rendered as text nodes only: Preact escapes it. */
export function OrderList({ orders, highlighted }: { orders: ReceivedOrder[]; highlighted: ReadonlySet<number> }) {
  if (orders.length === 0) return <p class="empty">لا طلبات جديدة بعد. ستظهر هنا فور وصولها.</p>;
  return (
    <ul class="orders" aria-label="آخر الطلبات">
      {orders.map((order) => (
        <li
          key={order.order_id}
          class={highlighted.has(order.order_id) ? 'order unseen' : 'order'}
          data-order-id={order.order_id}
        >
          <span class="order-number">{order.order_number}</span>
          <span class="customer">{order.customer_name}</span>
          <span class="service">{order.service_name || 'خدمة'}</span>
          <span class="amount">{amountFormat.format(order.final_amount)}</span>
        </li>
      ))}
    </ul>
  );
}
