import type { Outcome } from '../outcome';
/** The shop's production deployment, from its own guide. */
export const PRODUCTION_API_BASE_URL = 'https://www.khawam.net/api';

/** Trims whitespace and trailing slashes so URLs join predictably. */
export function normalizeBaseUrl(raw: string): string {
  return raw.trim().replace(/\/+$/, '');
}

/** `GET {api}/admin/dashboard/recent-orders`: the order list, newest first (docs/PROTOCOL.md §3). */
export function recentOrdersUrl(apiBaseUrl: string, limit: number): string {
  return `${normalizeBaseUrl(apiBaseUrl)}/admin/dashboard/recent-orders?limit=${limit}`;
}

/** The WebSocket scheme follows the API base: https → wss, http → ws. */
export function orderStreamUrl(apiBaseUrl: string, token: string): string {
  const base = normalizeBaseUrl(apiBaseUrl).replace(/^http/, 'ws');
  return `${base}/ws/orders?token=${encodeURIComponent(token)}`;
}

/** A URL's origin; null when the text is no URL. */
export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The dashboard lives at the API's origin unless configured otherwise. */
export function defaultDashboardUrl(apiBaseUrl: string): string {
  return new URL(normalizeBaseUrl(apiBaseUrl)).origin;
}

/** The dashboard in force: the configured address, else the API's origin. */
export function dashboardUrlOf(settings: { dashboardUrl: string | null; apiBaseUrl: string }): string {
  return normalizeBaseUrl(settings.dashboardUrl ?? defaultDashboardUrl(settings.apiBaseUrl));
}

export function dashboardOrderListUrl(dashboardUrl: string): string {
  return `${normalizeBaseUrl(dashboardUrl)}/dashboard/orders`;
}

export function orderPageUrl(dashboardUrl: string, orderId: number): string {
  if (!Number.isSafeInteger(orderId) || orderId <= 0) throw new RangeError(`Not an order id: ${orderId}`);
  return `${normalizeBaseUrl(dashboardUrl)}/dashboard/orders/${orderId}`;
}

/**
 * `https` everywhere; plain `http` only for a backend on this machine. No query, fragment
 * or user name and password: they would end up in every request (and the token's URL).
 */
export function validateApiBaseUrl(raw: string): Outcome<{ url: string }, 'invalid' | 'insecure' | 'extras'> {
  let url: URL;
  try {
    url = new URL(normalizeBaseUrl(raw));
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.search || url.hash || url.username || url.password || /[?#@]/.test(normalizeBaseUrl(raw))) {
    return { ok: false, problem: 'extras' };
  }
  if (url.protocol === 'https:') return { ok: true, url: normalizeBaseUrl(url.href) };
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol === 'http:' && local) return { ok: true, url: normalizeBaseUrl(url.href) };
  return { ok: false, problem: url.protocol === 'http:' ? 'insecure' : 'invalid' };
}
