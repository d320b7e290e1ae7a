import { announcedOrder, expect, test } from './fixtures';
import { DiagnosticsPage } from './pages/DiagnosticsPage';
import { AR } from './interfaceText';

test('with every page closed, the worker keeps its socket and still announces an order', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  await signInAsEmployee();
  for (const page of extension.context.pages()) await page.close();
  expect(extension.context.pages()).toHaveLength(0);
  await announcedOrder(backend, extension);
  expect(backend.sockets()).toHaveLength(1);
});

test('the options page and the troubleshooter say that alerts go on with windows closed', async ({
  extension,
  optionsPage,
}) => {
  await expect(optionsPage.page.locator('[data-background-mode]')).toHaveAttribute(
    'data-background-mode',
    'keptRunning',
  );
  await expect(optionsPage.page.locator('[data-background-mode]')).toHaveText(AR.ui.options.backgroundMode.keptRunning);
  const troubleshooter = await DiagnosticsPage.open(extension);
  await expect(troubleshooter.check('backgroundMode')).toHaveAttribute('data-cause', 'keptRunning');
});
