import type { browser as browserApi } from 'wxt/browser';

/**
 * Opens a dashboard page, reusing a dashboard tab that is already open. Finding that tab
 * needs host access to the dashboard's origin, which the extension only has when the
 * staff member granted it (the "use my dashboard session" option); otherwise a new tab.
 */
export async function openInDashboard(browser: typeof browserApi, url: string): Promise<void> {
  const pattern = `${new URL(url).origin}/*`;
  if (await browser.permissions.contains({ origins: [pattern] }).catch(() => false)) {
    const [tab] = await browser.tabs.query({ url: pattern });
    if (tab?.id !== undefined) {
      await browser.tabs.update(tab.id, { url, active: true });
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
      return;
    }
  }
  await browser.tabs.create({ url });
}
