import type { browser as browserApi } from 'wxt/browser';

/** The administrator's policy for this extension; empty where there is none or the browser has no managed storage. */
export async function readManaged(browser: typeof browserApi): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed.get(null)) as Record<string, unknown> | undefined) ?? {};
  } catch {
    return {};
  }
}
