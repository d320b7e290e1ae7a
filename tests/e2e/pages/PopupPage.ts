import type { Locator, Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../harness/extensionBrowser';

export class PopupPage {
  /** The connection block: `data-state` is the state, its text the words staff read. */
  readonly status: Locator;
  readonly statusText: Locator;
  /** The button that fixes the current problem (sign in, open settings, retry now). */
  readonly statusAction: Locator;
  readonly orders: Locator;

  private constructor(readonly page: Page) {
    this.status = page.locator('.status');
    this.statusText = page.getByRole('status');
    this.statusAction = page.locator('.status-action');
    this.orders = page.locator('.orders .order');
  }

  static async open(extension: ExtensionBrowser): Promise<PopupPage> {
    const page = await extension.context.newPage();
    await page.goto(extension.extensionUrl('popup.html'));
    return new PopupPage(page);
  }

  order(orderId: number): Locator {
    return this.page.locator(`.order[data-order-id="${orderId}"]`);
  }

  /** The order's row as a button: it opens the order in the dashboard. */
  openButton(orderId: number): Locator {
    return this.order(orderId).locator('button.order-open');
  }

  acceptButton(orderId: number): Locator {
    return this.order(orderId).locator('button[name=accept]');
  }
}
