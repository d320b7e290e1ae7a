/**
 * Renders assets/icon.svg into public/icon/<size>.png, and the "orders cannot arrive"
 * variant assets/icon-problem.svg into public/icon/problem-<size>.png, with the project's
 * Chromium. The 128 px icon has the stores' padding: 96 px of artwork, 16 px transparent
 * around it (the Chrome Web Store's rule). Run: npx tsx scripts/generateIcons.ts
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/harness/browsers';

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
      const art = size === 128 ? 96 : size;
      const pad = (size - art) / 2;
      await page.setContent(
        `<style>*{margin:0}svg{width:${art}px;height:${art}px;display:block;margin:${pad}px}</style>${svg}`,
      );
      await page.screenshot({ path: `public/icon/${variant.prefix}${size}.png`, omitBackground: true });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
