import { STORED } from '../../utils/storedValues';
import { expect, test } from './fixtures';
import { PopupPage } from './pages/PopupPage';

const LONG_NAME = 'مطبعة الخطيب للطباعة الرقمية والتصميم والإعلان '.repeat(3);

for (const width of [360, 400]) {
  test(`with 50 orders the popup at ${width} px has no sideways scrolling, and shows the state and the newest order at once`, async ({
    backend,
    extension,
    signInAsEmployee,
  }) => {
    await signInAsEmployee();
    for (let i = 0; i < 49; i++)
      backend.createOrder({ customer_name: `${LONG_NAME}${i}`, final_amount: 1_250_000 + i });
    await expect.poll(async () => (await extension.read(STORED.receivedOrders)).length).toBe(49);
    const newest = backend.createOrder({ customer_name: 'الأحدث' });
    await expect.poll(async () => (await extension.read(STORED.receivedOrders)).length).toBe(50);

    const popup = await PopupPage.open(extension);
    // Chrome opens a popup at most 800×600; its width is the page's own.
    await popup.page.setViewportSize({ width, height: 600 });
    await expect(popup.orders).toHaveCount(50);
    await expect(popup.status).toBeInViewport({ ratio: 1 });
    await expect(popup.order(newest.order_id)).toBeInViewport({ ratio: 1 });
    const overflow = await popup.page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      rows: [...document.querySelectorAll('.order')].filter((row) => row.scrollWidth > row.clientWidth).length,
    }));
    expect(overflow).toEqual({ page: 0, rows: 0 });
  });
}

test('the options page groups its settings in cards like the browser’s own settings, each row starting at the right in Arabic', async ({
  optionsPage,
}) => {
  const { page } = optionsPage;
  const sections = page.locator('main.options > section');
  await expect(sections.first()).toBeVisible();
  const cardStyle = await sections.first().evaluate((section) => {
    const style = getComputedStyle(section);
    return {
      radius: style.borderRadius,
      page: getComputedStyle(document.body).backgroundColor,
      card: style.backgroundColor,
    };
  });
  expect(cardStyle.radius).toBe('8px');
  expect(cardStyle.card).not.toBe(cardStyle.page);
  // RTL: the checkbox of a row sits at its right edge, the row's start.
  const row = page.locator('label:has(> input[name="soundEnabled"])');
  const rtl = await row.evaluate((label) => {
    const box = label.querySelector('input')!.getBoundingClientRect();
    return label.getBoundingClientRect().right - box.right;
  });
  expect(rtl).toBeLessThan(4);

  // A long label wraps beside its box, never onto a line of its own below it.
  await page.setViewportSize({ width: 420, height: 800 });
  const wrapped = await page.locator('label:has(> input[name="speakOrders"])').evaluate((label) => {
    const box = label.querySelector('input')!.getBoundingClientRect();
    const words = document.createRange();
    words.selectNodeContents(label);
    words.setStartAfter(label.querySelector('input')!);
    const lines = [...words.getClientRects()].filter((rect) => rect.width > 0);
    return {
      lines: new Set(lines.map((rect) => Math.round(rect.top))).size,
      firstTop: lines[0]!.top,
      boxBottom: box.bottom,
    };
  });
  expect(wrapped.lines).toBeGreaterThan(1);
  expect(wrapped.firstTop).toBeLessThan(wrapped.boxBottom);
});
