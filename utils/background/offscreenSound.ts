import type { browser as browserApi } from 'wxt/browser';
import { sendMessage, type PlayResult } from '../messaging';
import { offscreenDocumentKeeper } from '../sound/offscreenDocument';
import type { SoundName } from '../sound/sounds';

/** Plays an alert sound: a service worker has no audio, so the offscreen document plays it. */
export function offscreenSoundPlayer(browser: typeof browserApi) {
  const ensureOffscreenDocument = offscreenDocumentKeeper({
    exists: async () => (await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0,
    create: () =>
      browser.offscreen.createDocument({
        url: browser.runtime.getURL('/offscreen.html'),
        reasons: ['AUDIO_PLAYBACK'],
        justification: 'Plays the new-order alert sound.',
      }),
  });
  return async (sound: SoundName, volume: number): Promise<PlayResult> => {
    await ensureOffscreenDocument();
    return sendMessage('playSound', { sound, volume });
  };
}
