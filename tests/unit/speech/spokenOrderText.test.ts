import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spokenOrderText } from '../../../utils/speech/spokenOrderText';

const one = (customerName: string | null, amount: number | null) =>
  ({ kind: 'one', order: { customerName, amount } }) as const;

describe('the sentence spoken for new orders', () => {
  it('says who ordered and for how much, in Arabic and English', () => {
    expect(spokenOrderText('ar', one('أحمد الخطيب', 5000))).toBe('طلب جديد من أحمد الخطيب، 5000 ليرة');
    expect(spokenOrderText('en', one('Ahmad Al-Khatib', 5000))).toBe('New order from Ahmad Al-Khatib, 5000 pounds');
  });

  it.each([
    [1, 'طلب جديد', 'New order'],
    [2, 'طلبان جديدان', '2 new orders'],
    [3, '3 طلبات جديدة', '3 new orders'],
    [10, '10 طلبات جديدة', '10 new orders'],
    [12, '12 طلبًا جديدًا', '12 new orders'],
    [100, '100 طلب جديد', '100 new orders'],
  ])('counts a burst of %i the way each language says it', (count, ar, en) => {
    expect(spokenOrderText('ar', { kind: 'many', count })).toBe(ar);
    expect(spokenOrderText('en', { kind: 'many', count })).toBe(en);
  });

  it.each([
    [1, 'ليرة واحدة', 'one pound'],
    [2, 'ليرتان', '2 pounds'],
    [5, '5 ليرات', '5 pounds'],
    [12.6, '13 ليرة', '13 pounds'],
  ])('reads an amount of %d in whole pounds with the right plural', (amount, ar, en) => {
    expect(spokenOrderText('ar', one('x', amount))).toBe(`طلب جديد من x، ${ar}`);
    expect(spokenOrderText('en', one('x', amount))).toBe(`New order from x, ${en}`);
  });

  it('says no price for a form order, which carries 0', () => {
    expect(spokenOrderText('en', one('Sara', 0))).toBe('New order from Sara');
  });

  it('leaves out what the order lacks instead of saying "null"', () => {
    expect(spokenOrderText('ar', one(null, null))).toBe('طلب جديد');
    expect(spokenOrderText('en', one('   ', 300))).toBe('New order, 300 pounds');
  });

  it('says a hostile name as one plain line: no controls, no bidi overrides, bounded length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.constantFrom('ar', 'en'), (name, language) => {
        const text = spokenOrderText(language, one(name, 1000));
        // eslint-disable-next-line no-control-regex -- the point is that none survive
        expect(text).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/u);
        expect(text.length).toBeLessThan(120);
      }),
    );
  });
});
