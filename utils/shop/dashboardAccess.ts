import { dashboardUrlOf } from './shopUrls';

/**
 * The host permission pattern for the shop dashboard: that one origin, requested at run
 * time only when the staff member opts in. Match patterns carry no port.
 */
export function dashboardOriginPattern(settings: { dashboardUrl: string | null; apiBaseUrl: string }): string {
  const url = new URL(dashboardUrlOf(settings));
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Whether the configured dashboard is the API's own site. A token found on the dashboard's
 * pages is sent only to the API that dashboard belongs to: a dashboard address pointing
 * elsewhere than the API would hand one site's sign-in to another.
 */
export function dashboardBelongsToApi(settings: { dashboardUrl: string | null; apiBaseUrl: string }): boolean {
  try {
    return new URL(dashboardUrlOf(settings)).origin === new URL(settings.apiBaseUrl).origin;
  } catch {
    return false;
  }
}

/** Whether a page belongs to the configured dashboard (same origin, port included). */
export function isDashboardPage(
  pageUrl: string | undefined,
  settings: { dashboardUrl: string | null; apiBaseUrl: string },
): boolean {
  if (!pageUrl) return false;
  try {
    return new URL(pageUrl).origin === new URL(dashboardUrlOf(settings)).origin;
  } catch {
    return false;
  }
}
