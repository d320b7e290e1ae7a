import { STORED } from '../../utils/storedValues';
import { recordedSpeech, recordSpeech } from '../harness/speechRecorder';
import { announcedOrder, expect, test } from './fixtures';
import { DiagnosticsPage } from './pages/DiagnosticsPage';
import { AR } from './interfaceText';

const ARABIC_VOICE = { voiceName: 'Test Arabic', lang: 'ar-SY' };

test('a new order is said aloud in Arabic after the sound, its name sanitized like the notification', async ({
  backend,
  extension,
  signInAsEmployee,
}) => {
  // Set before signing in: by the time the socket is up, the worker has applied it.
  await extension.patch(STORED.settings, { speakOrders: true });
  await signInAsEmployee();
  await recordSpeech(extension, [{ voiceName: 'Test English', lang: 'en-US' }, ARABIC_VOICE]);

  await announcedOrder(backend, extension, { customer_name: 'أحمد الخطيب\u202e', final_amount: 5000 });
  // The sentence for the name without its direction override: what the notification shows too.
  const sentence = AR.spoken({ kind: 'one', order: { customerName: 'أحمد الخطيب', amount: 5000 } });
  await expect.poll(() => recordedSpeech(extension)).toEqual([{ text: sentence, ...ARABIC_VOICE }]);
  expect((await extension.read(STORED.lastSound))?.ok).toBe(true);
});

test('a burst is said once, as a count', async ({ backend, extension, signInAsEmployee }) => {
  // Set before signing in: by the time the socket is up, the worker has applied it.
  await extension.patch(STORED.settings, { speakOrders: true });
  await signInAsEmployee();
  await recordSpeech(extension, [ARABIC_VOICE]);
  for (let i = 0; i < 3; i++) backend.createOrder({});
  await expect
    .poll(async () => (await recordedSpeech(extension)).map(({ text }) => text))
    .toEqual([AR.spoken({ kind: 'many', count: 3 })]);
});

test('without a voice of the language, orders are not spoken, the sound still plays, and both pages say why', async ({
  backend,
  extension,
  optionsPage,
  signInAsEmployee,
}) => {
  // Set before signing in: by the time the socket is up, the worker has applied it.
  await extension.patch(STORED.settings, { speakOrders: true });
  await signInAsEmployee();
  await recordSpeech(extension, [{ voiceName: 'Test English', lang: 'en-US' }]);
  await announcedOrder(backend, extension);
  await expect
    .poll(async () => (await extension.read(STORED.eventLog)).some((event) => event.kind === 'speech'))
    .toBe(true);
  expect(await recordedSpeech(extension)).toEqual([]);
  await expect.poll(async () => (await extension.read(STORED.lastSound))?.ok).toBe(true);

  // Headless Chromium has no voice at all: the pages see the real, empty list.
  await optionsPage.page.reload();
  await expect(optionsPage.page.locator('[data-speech="noVoice"]')).toBeVisible();
  const troubleshooter = await DiagnosticsPage.open(extension);
  await expect(troubleshooter.check('spokenOrders')).toHaveAttribute('data-cause', 'noVoice');
});
