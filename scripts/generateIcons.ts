/**
 * Renders assets/icon.svg into public/icon/<size>.png, and the "orders cannot arrive"
 * variant assets/icon-problem.svg into public/icon/problem-<size>.png, with the project's
 * Chromium. Run: npx tsx scripts/generateIcons.ts
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/harness/chromium';

const variants = [
  { svg: 'icon.svg', prefix: '', sizes: [16, 32, 48, 128] },
  { svg: 'icon-problem.svg', prefix: 'problem-', sizes: [16, 32] },
];
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const variant of variants) {
    const svg = readFileSync(new URL(`../assets/${variant.svg}`, import.meta.url), 'utf8');
    for (const size of variant.sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(`<style>*{margin:0}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`);
      await page.screenshot({ path: `public/icon/${variant.prefix}${size}.png`, omitBackground: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
