import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const listing = read('store/listing.json') as Record<
  'ar' | 'en',
  { name: string; summary: string; description: string }
>;
const messages = (language: string) =>
  read(`public/_locales/${language}/messages.json`) as Record<string, { message: string }>;

/**
 * The three stores' limits: Chrome Web Store (name 75, summary 132, description 16,000),
 * Edge Add-ons (description at least 250, at most 10,000), Firefox Add-ons (name 50, summary 250).
 */
const LIMITS = { name: 50, summary: 132, descriptionMin: 250, description: 10_000, shortName: 12 };

describe('store listing texts', () => {
  for (const language of ['ar', 'en'] as const) {
    it(`fits every store's limits in ${language}`, () => {
      const text = listing[language];
      expect(text.name.length).toBeLessThanOrEqual(LIMITS.name);
      expect(text.summary.length).toBeLessThanOrEqual(LIMITS.summary);
      expect(text.description.length).toBeGreaterThanOrEqual(LIMITS.descriptionMin);
      expect(text.description.length).toBeLessThanOrEqual(LIMITS.description);
    });

    it(`is what the package itself says in ${language}`, () => {
      const locale = messages(language);
      expect(locale.extName!.message).toBe(listing[language].name);
      expect(locale.extDescription!.message).toBe(listing[language].summary);
      expect(locale.extShortName!.message.length).toBeLessThanOrEqual(LIMITS.shortName);
    });
  }
});
