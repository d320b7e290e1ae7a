import { customerPhoto, tinyPdf } from './customerFiles';
import type { OrderRequest } from './shopBackend';

const CUSTOMERS = ['أحمد الخطيب', 'لينا حداد', 'محمد العلي', 'Rana Haddad', 'يوسف درويش', 'سلمى 🌸 قاسم'];
const SERVICES = ['طباعة كروت شخصية', 'طباعة بوسترات', 'تصوير مستندات', 'طباعة على الأكواب', null];

/**
 * A plausible order for the demo; `sequence` makes consecutive orders differ. Every fourth
 * one, the first included, comes with the customer's phone photo uploaded in the shop's form
 * (its broadcast carries the photo as a data URL); every eighth, from the third on, with a PDF
 * only (no picture).
 */
export function demoOrder(sequence: number): OrderRequest {
  const total = 5000 + ((sequence * 7919) % 20) * 2500;
  const design_files = sequence % 4 === 0 ? [customerPhoto()] : sequence % 8 === 3 ? [tinyPdf()] : undefined;
  return {
    customer_name: CUSTOMERS[sequence % CUSTOMERS.length],
    customer_phone: `09${String(30000000 + ((sequence * 104729) % 69999999)).padStart(8, '0')}`,
    total_amount: total,
    final_amount: total,
    delivery_type: sequence % 3 === 0 ? 'delivery' : 'self',
    service_name: SERVICES[sequence % SERVICES.length],
    items_count: 1 + (sequence % 4),
    ...(design_files ? { design_files } : {}),
  };
}
