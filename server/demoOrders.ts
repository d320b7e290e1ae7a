import type { NewOrder } from './orderStore';

const CUSTOMERS = ['أحمد الخطيب', 'لينا حداد', 'محمد العلي', 'Rana Haddad', 'يوسف درويش', 'سلمى 🌸 قاسم'];
const SERVICES = ['طباعة كروت شخصية', 'طباعة بوسترات', 'تصوير مستندات', 'طباعة على الأكواب', null];

/** A plausible order for the demo; `sequence` makes consecutive orders differ. */
export function demoOrder(sequence: number): NewOrder {
  const total = 5000 + ((sequence * 7919) % 20) * 2500;
  return {
    customer_name: CUSTOMERS[sequence % CUSTOMERS.length],
    customer_phone: `09${String(30000000 + ((sequence * 104729) % 69999999)).padStart(8, '0')}`,
    total_amount: total,
    final_amount: total,
    delivery_type: sequence % 3 === 0 ? 'delivery' : 'self',
    service_name: SERVICES[sequence % SERVICES.length],
    items_count: 1 + (sequence % 4),
  };
}
