import type { Outcome } from '../outcome';
import { callShopApi, RedirectRefusedError, serverDetail, shortAnswer } from './shopRequest';
import type { OrderStatus, StatusChangeProblem } from './orderStatuses';
import { normalizeBaseUrl } from './shopUrls';

/** Changed, or why not (`detail`: the server's own words, when it gave some). */
export type StatusChangeResult = Outcome<object, StatusChangeProblem> & { detail?: string };

const PROBLEM_BY_STATUS: Record<number, StatusChangeProblem> = {
  400: 'refused',
  401: 'signInRequired',
  403: 'notAllowed',
  404: 'notFound',
};
const REQUEST_TIMEOUT_MS = 10_000;

/** `PUT {api}/admin/orders/{id}/status`: every failure comes back as a named problem, never thrown. */
export async function changeOrderStatus(
  fetchImpl: typeof fetch,
  target: { apiBaseUrl: string; token: string },
  orderId: number,
  status: OrderStatus,
): Promise<StatusChangeResult> {
  // The id goes into the path: only a positive safe integer may (never `1/../../users/7`).
  if (!Number.isSafeInteger(orderId) || orderId <= 0) return { ok: false, problem: 'notFound' };
  let response: Response;
  try {
    response = await callShopApi(fetchImpl, `${normalizeBaseUrl(target.apiBaseUrl)}/admin/orders/${orderId}/status`, {
      token: target.token,
      method: 'PUT',
      json: { status },
      timeoutMs: REQUEST_TIMEOUT_MS,
    });
  } catch (error) {
    return { ok: false, problem: error instanceof RedirectRefusedError ? 'redirected' : 'unreachable' };
  }
  if (response.ok) return { ok: true };
  const detail = serverDetail(await shortAnswer(response));
  return { ok: false, problem: PROBLEM_BY_STATUS[response.status] ?? 'serverError', detail };
}
