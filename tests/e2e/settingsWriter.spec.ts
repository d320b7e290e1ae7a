import { STORED } from '../../utils/storedValues';
import { expect, test } from './fixtures';

// The popup and the options page ask the worker for changes; it writes them one at a time
// (the unit test of configurationWriter proves the order on interleaved edits).
test('two quick edits from the popup and the options page both land', async ({
  extension,
  optionsPage,
  openPopup,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  const popup = await openPopup();
  // Both pages read the settings before either change is written.
  await expect(popup.page.locator('button[name=sound]')).toHaveAttribute('aria-pressed', 'true');
  await expect(optionsPage.page.locator('input[name=requireInteraction]')).toBeEnabled();
  await Promise.all([
    popup.page.locator('button[name=sound]').click(),
    optionsPage.page.locator('input[name=requireInteraction]').click(),
  ]);
  await expect
    .poll(async () => {
      const { soundEnabled, requireInteraction } = await extension.read(STORED.settings);
      return { soundEnabled, requireInteraction };
    })
    .toEqual({ soundEnabled: false, requireInteraction: !STORED.settings.fallback.requireInteraction });
  // Each page shows both changes.
  await expect(popup.page.locator('button[name=sound]')).toHaveAttribute('aria-pressed', 'false');
  await expect(optionsPage.page.locator('input[name=soundEnabled]')).not.toBeChecked();
});
