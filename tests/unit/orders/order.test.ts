import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderNotificationText, summaryNotificationText } from '../../../utils/i18n/notificationText';
import { orderFromBroadcast, orderFromRecent, orderIdOf } from '../../../utils/orders/order';
import { shownText, TEXT_LIMITS } from '../../../utils/text/shownText';
import { sampleBroadcast } from '../sampleOrder';

const NOW = Date.UTC(2026, 10, 26, 12);
/** What forged text would need: a line break, or a control that turns the line around. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORGING = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;

describe('shownText', () => {
  it('keeps customer text on one line, without the controls that could reorder it', () => {
    const forged = 'أحمد\nOrder ORD-999 … PAID, do not call\u202e0005';
    expect(shownText(forged, 200)).toBe('أحمد Order ORD-999 … PAID, do not call 0005');
  });

  it('removes what prints as nothing: tag characters, format controls, fillers; keeps the joiners Arabic and emoji need', () => {
    for (const hidden of [
      '\u{E0049}\u{E0047}',
      '\u206a\u206e',
      '\u034f',
      '\u180b',
      '\u3164\u115f\uffa0',
      '\u200b\u00ad',
    ]) {
      expect(shownText(`Ah${hidden}mad`, 60)).toBe('Ahmad');
    }
    expect(shownText('👨\u200d👩\u200d👧', 60)).toBe('👨\u200d👩\u200d👧');
    expect(shownText('می\u200cخواهم', 60)).toBe('می\u200cخواهم');
  });

  it('cuts long text at a whole character and says so', () => {
    expect(shownText('x'.repeat(3000), 60)).toBe(`${'x'.repeat(59)}…`);
    expect(shownText('👍🏽'.repeat(40), 20)).toMatch(/^(👍🏽)+…$/u);
  });

  it('for any text: one line, no control, bounded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 5000 }), fc.integer({ min: 2, max: 100 }), (raw, max) => {
        const shown = shownText(raw, max);
        expect(shown).not.toMatch(FORGING);
        expect(shown.length).toBeLessThanOrEqual(max);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('orderFromBroadcast: an order is an order', () => {
  it('announces with what there is, and says what was missing or converted', () => {
    const parsed = orderFromBroadcast(
      { ...sampleBroadcast(), customer_phone: null, delivery_type: null, final_amount: '1500.00' },
      NOW,
    );
    expect(parsed?.order).toMatchObject({ customerPhone: null, deliveryType: null, amount: 1500 });
    expect(parsed?.missing).toEqual(['customer_phone', 'delivery_type']);
    expect(parsed?.coerced).toEqual(['final_amount']);
  });

  it('takes a frame with only an id, a number, a customer and a time', () => {
    const parsed = orderFromBroadcast(
      { order_id: 610003, order_number: 'ORD-3', customer_name: 'ليلى', created_at: '2026-11-26T10:00:00' },
      NOW,
    );
    expect(parsed?.order).toMatchObject({ id: 610003, number: 'ORD-3', customerName: 'ليلى', amount: null });
  });

  it('dates a live order without a readable time now', () => {
    const parsed = orderFromBroadcast({ order_id: 5, created_at: 17 }, NOW);
    expect(parsed?.order.createdAt).toBe('17');
    expect(orderFromBroadcast({ order_id: 5 }, NOW)?.order.createdAt).toBe(new Date(NOW).toISOString());
  });

  it('for any object with a usable id: an order whose words never say null or undefined', () => {
    const anyValue = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
    );
    const fields = ['order_number', 'customer_name', 'customer_phone', 'final_amount', 'total_amount'];
    const more = ['delivery_type', 'service_name', 'items_count', 'created_at', 'image_url', 'status'];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
          fc.integer({ min: 1, max: 2 ** 31 }).map(String),
        ),
        fc.record(Object.fromEntries([...fields, ...more].map((key) => [key, anyValue])), { requiredKeys: [] }),
        (id, rest) => {
          const parsed = orderFromBroadcast({ ...rest, order_id: id }, NOW);
          expect(parsed?.order.id).toBe(Number(id));
          const order = parsed!.order;
          for (const language of ['ar', 'en'] as const) {
            const text = orderNotificationText(language, order);
            const words = [
              text.title,
              text.message,
              text.contextMessage,
              summaryNotificationText(language, [order]).message,
            ];
            for (const line of words) expect(line).not.toMatch(/\bnull\b|\bundefined\b|NaN/);
          }
          expect((order.customerName ?? '').length).toBeLessThanOrEqual(TEXT_LIMITS.customerName);
          expect((order.serviceName ?? '').length).toBeLessThanOrEqual(TEXT_LIMITS.serviceName);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('for anything without a usable id: nothing', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        const id = (data as { order_id?: unknown } | null)?.order_id;
        if (orderIdOf(id) !== null) return;
        expect(orderFromBroadcast(data, NOW)).toBeNull();
        expect(orderFromRecent(data)).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });
});
