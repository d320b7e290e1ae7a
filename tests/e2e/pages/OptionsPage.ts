import type { Locator, Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../harness/extensionBrowser';

export class OptionsPage {
  readonly error: Locator;
  readonly signedInName: Locator;
  /** What this account cannot do on this server (its accept refused by the server's defect). */
  readonly changesRefused: Locator;

  private constructor(readonly page: Page) {
    this.error = page.getByRole('alert');
    this.signedInName = page.locator('.signed-in .user-name');
    this.changesRefused = page.locator('[data-changes-refused]');
  }

  static async open(extension: ExtensionBrowser): Promise<OptionsPage> {
    const page = await extension.context.newPage();
    await page.goto(extension.extensionUrl('options.html'));
    return new OptionsPage(page);
  }

  async signIn(fields: { apiBaseUrl: string; username: string; password: string }): Promise<void> {
    const form = this.page.locator('form.login');
    const server = form.locator('input[name=apiBaseUrl]');
    // An administrator's policy may have fixed the server: then it is shown, not typed.
    if (await server.isEditable()) await server.fill(fields.apiBaseUrl);
    await form.locator('input[name=username]').fill(fields.username);
    await form.locator('input[name=password]').fill(fields.password);
    await form.locator('button[type=submit]').click();
  }
}
