import beepUrl from '../../assets/sounds/beep.wav';
import bellUrl from '../../assets/sounds/bell.wav';
import chimeUrl from '../../assets/sounds/chime.wav';
import type { PlayResult, SoundName } from './sounds';

const SOUND_URLS: Record<SoundName, string> = { beep: beepUrl, chime: chimeUrl, bell: bellUrl };

/** Plays one of the bundled sounds in a document that has audio (the offscreen page, Firefox's background page). */
export async function playSound(sound: SoundName, volume: number): Promise<PlayResult> {
  try {
    const audio = new Audio(SOUND_URLS[sound]);
    audio.volume = Math.max(0, Math.min(100, volume)) / 100;
    await audio.play();
    return { ok: true };
  } catch (error) {
    // e.g. the browser refusing playback: reported, so the cause can be named.
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}
