import { describe, expect, it } from 'vitest';
import { badgeText } from '../../../utils/orders/badgeText';
import { orderIdFromNotificationId, orderNotification } from '../../../utils/orders/orderNotification';
import { sampleOrder } from '../sampleOrder';

describe('orderNotification', () => {
  it("words the alert as the shop's dashboard did, with the order as its id", () => {
    expect(orderNotification(sampleOrder())).toEqual({
      id: 'order-42',
      title: '🆕 طلب جديد',
      message: 'طلب ORD20251127-042 من أحمد الخطيب - طباعة كروت شخصية',
    });
  });

  it('says "service" when the order names none', () => {
    expect(orderNotification(sampleOrder({ serviceName: null })).message).toBe(
      'طلب ORD20251127-042 من أحمد الخطيب - خدمة',
    );
  });

  it('maps notification ids back to orders, and nothing else', () => {
    expect(orderIdFromNotificationId('order-42')).toBe(42);
    expect(orderIdFromNotificationId('login-required')).toBeNull();
  });
});

describe('badgeText', () => {
  it('is empty without unseen orders, the count otherwise, capped at 99+', () => {
    expect([0, 1, 99, 100].map(badgeText)).toEqual(['', '1', '99', '99+']);
  });
});
