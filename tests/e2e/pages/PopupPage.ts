import type { Locator, Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../harness/extensionBrowser';

export class PopupPage {
  readonly status: Locator;
  readonly orders: Locator;

  private constructor(readonly page: Page) {
    this.status = page.getByRole('status');
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
}
