import { execFileSync } from 'node:child_process';
import { findChromium, findFirefox } from '../harness/browsers';
import { clearTurns } from '../harness/cpuTurn';
import { preparePolicyBuild } from '../harness/extensionBrowser';

/**
 * Builds the extension once per run (set SKIP_BUILD=1 to reuse .output) and finds Chromium and
 * Firefox: the production build, the e2e build that starts with the local dashboard granted, and
 * Firefox's e2e build; then copies the e2e build under the managed-policy specs' own id.
 */
export default function globalSetup(): void {
  findChromium();
  findFirefox();
  clearTurns();
  if (process.env.SKIP_BUILD !== '1') {
    for (const mode of ['production', 'e2e']) {
      execFileSync('npx', ['wxt', 'build', '--mode', mode], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  preparePolicyBuild();
}
