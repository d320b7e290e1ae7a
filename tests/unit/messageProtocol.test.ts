import { describe, expect, it } from 'vitest';
import { checkedPayload } from '../../utils/messageProtocol';
import { fromOwnDocument } from '../../utils/messaging';

const extension = { id: 'abc', origin: 'chrome-extension://abc/' };

describe('message boundary', () => {
  it('takes messages from the extension’s own pages and worker only', () => {
    expect(fromOwnDocument({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, extension)).toBe(true);
    expect(fromOwnDocument({ id: 'abc', url: 'chrome-extension://abc/options.html', tab: {} }, extension)).toBe(true);
    // A content script on a web page, and another extension.
    expect(fromOwnDocument({ id: 'abc', url: 'https://shop.example/dashboard', tab: {} }, extension)).toBe(false);
    expect(fromOwnDocument({ id: 'evil', url: 'chrome-extension://evil/page.html' }, extension)).toBe(false);
  });

  it('accepts only order ids that are positive safe integers', () => {
    expect(checkedPayload('acceptOrder', 42)).toBe(42);
    for (const bad of ['1/../../users/7', -1, 1.5, 2 ** 60, null]) {
      expect(() => checkedPayload('acceptOrder', bad)).toThrow(/Refused/);
    }
    expect(() => checkedPayload('markSeen', [1, 'x'])).toThrow(/Refused/);
    expect(() => checkedPayload('testSound', { sound: 'siren', volume: 50 })).toThrow(/Refused/);
  });
});
