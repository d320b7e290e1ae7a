import { describe, expect, it } from 'vitest';
import { suiteBackend } from '../../harness/suiteBackend';
import { fetchRecentOrders } from '../../../utils/orders/recentOrders';

describe('fetchRecentOrders against the reference backend', () => {
  const backend = suiteBackend();

  it("reads the dashboard's differently named fields into orders, newest first", async () => {
    backend().createOrder({ customer_name: 'ليلى', final_amount: 7000, total_amount: 7000, service_name: null });
    backend().createOrder({ customer_name: 'Omar' }, { broadcast: false });
    const orders = await fetchRecentOrders(fetch, backend().apiBaseUrl, 'admin_token_1');
    expect(orders.map(({ order }) => [order.id, order.customerName])).toEqual([
      [2, 'Omar'],
      [1, 'ليلى'],
    ]);
    expect(orders[1]?.order).toMatchObject({ amount: 7000, serviceName: null, status: 'pending' });
  });
});
