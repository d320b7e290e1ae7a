import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import type { CheckId } from '../../../utils/diagnostics/diagnosticTypes';
import type { ExtensionBrowser } from '../../harness/extensionBrowser';

export class DiagnosticsPage {
  /** The cause the page names at the top; `data-check` is the check that found it. */
  readonly diagnosis: Locator;
  readonly runAgain: Locator;

  constructor(readonly page: Page) {
    this.diagnosis = page.locator('.diagnosis');
    this.runAgain = page.locator('button[name=runAgain]');
  }

  static async open(extension: ExtensionBrowser): Promise<DiagnosticsPage> {
    const page = await extension.context.newPage();
    await page.goto(extension.extensionUrl('diagnostics.html'));
    return new DiagnosticsPage(page);
  }

  /** One check's row: `data-status` (pass, warn, fail, skipped, pending) and `data-cause`. */
  check(id: CheckId): Locator {
    return this.page.locator(`.checks [data-check="${id}"]`);
  }

  /** Exports the report through its download button and returns its text. */
  async downloadReport(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.locator('button[name=downloadReport]').click(),
    ]);
    return readFile(await download.path(), 'utf8');
  }
}
