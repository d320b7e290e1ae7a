import { describe, expect, it } from 'vitest';
import { orderNotificationText, summaryNotificationText } from '../../../utils/i18n/notificationText';
import { resolveLanguage } from '../../../utils/i18n/language';
import { badgeText } from '../../../utils/orders/receivedOrderList';
import { notificationIdFor, orderIdFromNotificationId } from '../../../utils/platform/notificationIds';
import { sampleOrder } from '../sampleOrder';

/** As shown: each customer-typed part isolated, so Arabic text never reorders its neighbours. */
const iso = (text: string) => `\u2068${text}\u2069`;

describe('order notification text', () => {
  it("words the Arabic alert as the shop's dashboard did, adding amount and hand-over", () => {
    expect(orderNotificationText('ar', sampleOrder())).toEqual({
      title: '🆕 طلب جديد',
      message: `طلب ${iso('ORD251127-042')} من ${iso('أحمد الخطيب')} - ${iso('طباعة كروت شخصية')}`,
      contextMessage: `${new Intl.NumberFormat('ar-SY', { style: 'currency', currency: 'SYP', maximumFractionDigits: 0 }).format(15000)} · استلام من المحل`,
      buttons: ['قبول الطلب', 'فتح الطلب'],
      acceptInPopup: 'اقبله من زر الإضافة في شريط الأدوات',
    });
  });

  it('speaks English when asked, with Syrian pounds and delivery', () => {
    const text = orderNotificationText(
      'en',
      sampleOrder({ deliveryType: 'delivery', serviceName: null, amount: 2500 }),
    );
    expect(text.message).toBe(`Order ${iso('ORD251127-042')} from ${iso('أحمد الخطيب')}`);
    expect(text.contextMessage).toMatch(/SYP\s?2,500 · Delivery/);
  });

  it('says nothing of a price or a service the shop’s order form never sent (no "SYP 0", no placeholder)', () => {
    // As the published server sends a form order: `total_amount` 0.0, and in its list row no service.
    const formOrder = sampleOrder({ number: 'ORD261203-001', amount: 0, serviceName: null, deliveryType: 'self' });
    const english = orderNotificationText('en', formOrder);
    expect(english.message).toBe(`Order ${iso('ORD261203-001')} from ${iso('أحمد الخطيب')}`);
    expect(english.contextMessage).toBe('Pick-up');
    const arabic = orderNotificationText('ar', formOrder);
    expect(arabic.message).toBe(`طلب ${iso('ORD261203-001')} من ${iso('أحمد الخطيب')}`);
    expect(arabic.contextMessage).toBe('استلام من المحل');
    expect(summaryNotificationText('en', [formOrder]).items[0]!.message).toBe(iso('أحمد الخطيب'));
    // What rounds to no whole pound is no price either.
    expect(orderNotificationText('en', { ...formOrder, amount: 0.4 }).contextMessage).toBe('Pick-up');
  });

  it('keeps customer text as plain text, markup and all', () => {
    const text = orderNotificationText('ar', sampleOrder({ customerName: '<img src=x onerror=alert(1)>' }));
    expect(text.message).toContain('<img src=x onerror=alert(1)>');
  });

  it('counts a burst in proper Arabic plurals and lists the first five', () => {
    const orders = Array.from({ length: 12 }, (_, index) => sampleOrder({ id: index + 1, number: `ORD-${index + 1}` }));
    const summary = summaryNotificationText('ar', orders.slice(0, 5), orders.length);
    expect(summary.title).toBe('🆕 ١٢ طلباً جديداً');
    expect(summary.items).toHaveLength(5);
    expect(summary.message).toContain('و٧ طلبات أخرى');
    expect(summaryNotificationText('ar', orders.slice(0, 5)).title).toBe('🆕 ٥ طلبات جديدة');
    expect(summaryNotificationText('en', orders.slice(0, 4)).title).toBe('🆕 4 new orders');
  });
});

describe('resolveLanguage', () => {
  it('is Arabic unless the setting or the browser says English', () => {
    expect(resolveLanguage('auto', 'ar-SY')).toBe('ar');
    expect(resolveLanguage('auto', 'fr')).toBe('ar');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('ar', 'en-US')).toBe('ar');
  });
});

describe('notification ids', () => {
  it('maps orders to `order-<id>` and back, and nothing else', () => {
    expect(notificationIdFor(42)).toBe('order-42');
    expect(orderIdFromNotificationId('order-42')).toBe(42);
    expect(orderIdFromNotificationId('orders-summary')).toBeNull();
  });
});

describe('badgeText', () => {
  it('is empty without unseen orders, the count otherwise, capped at 99+', () => {
    expect([0, 1, 99, 100].map(badgeText)).toEqual(['', '1', '99', '99+']);
  });
});
