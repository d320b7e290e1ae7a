import beepUrl from '../../assets/sounds/beep.wav';
import bellUrl from '../../assets/sounds/bell.wav';
import chimeUrl from '../../assets/sounds/chime.wav';
import { onMessage, type PlayResult } from '../../utils/messaging';
import type { SoundName } from '../../utils/sound/sounds';

const SOUND_URLS: Record<SoundName, string> = { beep: beepUrl, chime: chimeUrl, bell: bellUrl };

onMessage('playSound', async ({ data }): Promise<PlayResult> => {
  try {
    const audio = new Audio(SOUND_URLS[data.sound]);
    audio.volume = Math.max(0, Math.min(100, data.volume)) / 100;
    await audio.play();
    return { ok: true };
  } catch (error) {
    // e.g. the browser refusing playback: reported, so the cause can be named.
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
});
