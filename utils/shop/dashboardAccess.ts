import { dashboardUrlOf } from './shopUrls';

/**
 * The host permission pattern for the shop dashboard: that one origin, requested at run
 * time only when the staff member opts in. Match patterns carry no port.
 */
export function dashboardOriginPattern(settings: { dashboardUrl: string | null; apiBaseUrl: string }): string {
  const url = new URL(dashboardUrlOf(settings));
  return `${url.protocol}//${url.hostname}/*`;
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
