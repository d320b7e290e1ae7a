import { execFileSync } from 'node:child_process';
import { findChromium } from '../harness/chromium';

/** Builds the extension once per run (set SKIP_BUILD=1 to reuse .output) and finds Chromium. */
export default function globalSetup(): void {
  findChromium();
  if (process.env.SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
