import { describe, expect, it } from 'vitest';
import { defaultDashboardUrl, orderPageUrl, orderStreamUrl, validateApiBaseUrl } from '../../../utils/shop/shopUrls';

describe('shop URLs', () => {
  it('derives the stream URL from the API base: https → wss, http → ws', () => {
    expect(orderStreamUrl('https://www.khawam.net/api/', 'a+b')).toBe('wss://www.khawam.net/api/ws/orders?token=a%2Bb');
    expect(orderStreamUrl('http://127.0.0.1:8000/api', 't')).toBe('ws://127.0.0.1:8000/api/ws/orders?token=t');
  });

  it('opens orders on the dashboard, by default the API origin', () => {
    expect(orderPageUrl(defaultDashboardUrl('https://www.khawam.net/api'), 42)).toBe(
      'https://www.khawam.net/dashboard/orders/42',
    );
  });

  it('requires https except for a backend on this machine', () => {
    expect(validateApiBaseUrl(' https://www.khawam.net/api/ ')).toEqual({
      ok: true,
      url: 'https://www.khawam.net/api',
    });
    expect(validateApiBaseUrl('http://localhost:8000/api').ok).toBe(true);
    expect(validateApiBaseUrl('http://shop.example/api')).toEqual({ ok: false, problem: 'insecure' });
    expect(validateApiBaseUrl('khawam')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('refuses a server address with a query, a fragment or credentials: they would travel with every request', () => {
    for (const url of [
      'https://shop.example/api?x=1',
      'https://shop.example/api#top',
      'https://user:pw@shop.example/api',
    ]) {
      expect(validateApiBaseUrl(url)).toEqual({ ok: false, problem: 'extras' });
    }
  });

  it('puts only a positive whole order id into a dashboard link', () => {
    expect(() => orderPageUrl('https://shop.example', Number.NaN)).toThrow(RangeError);
    expect(() => orderPageUrl('https://shop.example', -7)).toThrow(RangeError);
  });
});
