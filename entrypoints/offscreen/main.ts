import beepUrl from '../../assets/sounds/beep.wav';
import bellUrl from '../../assets/sounds/bell.wav';
import chimeUrl from '../../assets/sounds/chime.wav';
import { browser } from 'wxt/browser';
import { fromOwnDocument, MESSAGE_PAYLOADS } from '../../utils/messagePayloads';
import { onMessage, type PlayResult } from '../../utils/messaging';
import type { SoundName } from '../../utils/sound/sounds';

const SOUND_URLS: Record<SoundName, string> = { beep: beepUrl, chime: chimeUrl, bell: bellUrl };

onMessage('playSound', async ({ data, sender }): Promise<PlayResult> => {
  // Only the extension's own worker plays sounds here, and only its known ones.
  if (!fromOwnDocument(sender, { id: browser.runtime.id, origin: browser.runtime.getURL('/') }))
    return { ok: false, error: 'refused: not from this extension' };
  const request = MESSAGE_PAYLOADS.playSound.safeParse(data);
  if (!request.success) return { ok: false, error: 'refused: not a sound request' };
  try {
    const audio = new Audio(SOUND_URLS[request.data.sound]);
    audio.volume = Math.max(0, Math.min(100, request.data.volume)) / 100;
    await audio.play();
    return { ok: true };
  } catch (error) {
    // e.g. the browser refusing playback: reported, so the cause can be named.
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
});
