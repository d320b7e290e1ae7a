import type { PlayResult } from '../sound/sounds';
import type { browser as browserApi } from 'wxt/browser';
import { playSound } from '../sound/playSound';
import { offscreenDocumentKeeper } from '../sound/offscreenDocument';
import type { SoundName } from '../sound/sounds';

/**
 * Plays an alert sound. Chrome's service worker has no audio, so its offscreen document
 * plays it; Firefox's persistent background page plays it itself.
 */
export function alertSoundPlayer(
  browser: typeof browserApi,
  /** Asks the offscreen document to play (message `playSound`). */
  askOffscreen: (request: { sound: SoundName; volume: number }) => Promise<PlayResult>,
): (sound: SoundName, volume: number) => Promise<PlayResult> {
  if (import.meta.env.FIREFOX) return playSound;
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
    return askOffscreen({ sound, volume });
  };
}
