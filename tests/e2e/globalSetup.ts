import { execFileSync } from 'node:child_process';
import { findChromium } from '../harness/chromium';

/**
 * Builds the extension once per run (set SKIP_BUILD=1 to reuse .output) and finds Chromium:
 * the production build, and the e2e build that starts with the local dashboard granted.
 */
export default function globalSetup(): void {
  findChromium();
  if (process.env.SKIP_BUILD === '1') return;
  for (const mode of ['production', 'e2e']) {
    execFileSync('npx', ['wxt', 'build', '--mode', mode], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
