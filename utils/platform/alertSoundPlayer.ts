import type { browser as browserApi } from 'wxt/browser';
import beepUrl from '../../assets/sounds/beep.wav';
import bellUrl from '../../assets/sounds/bell.wav';
import chimeUrl from '../../assets/sounds/chime.wav';
import type { PlayResult, PlaySound, SoundName, SoundRequest } from '../alerts/alertSound';

const SOUND_URLS: Record<SoundName, string> = { beep: beepUrl, chime: chimeUrl, bell: bellUrl };

/**
 * Plays an alert sound. Chrome's service worker has no audio, so its offscreen document
 * plays it; Firefox's persistent background page plays it itself.
 */
export function alertSoundPlayer(
  browser: typeof browserApi,
  /** Asks the offscreen document to play (message `playInOffscreen`). */
  askOffscreen: (request: SoundRequest) => Promise<PlayResult>,
): PlaySound {
  if (import.meta.env.FIREFOX) return playAudio;
  const ensureOffscreenDocument = offscreenDocumentKeeper({
    exists: async () => (await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length > 0,
    create: () =>
      browser.offscreen.createDocument({
        url: browser.runtime.getURL('/offscreen.html'),
        reasons: ['AUDIO_PLAYBACK'],
        justification: 'Plays the new-order alert sound.',
      }),
  });
  return async (sound, volume) => {
    await ensureOffscreenDocument();
    return askOffscreen({ sound, volume });
  };
}

/** Plays one of the bundled sounds with the document's Audio (the offscreen page, Firefox's background page). */
export async function playAudio(sound: SoundName, volume: number): Promise<PlayResult> {
  try {
    const audio = new Audio(SOUND_URLS[sound]);
    audio.volume = Math.max(0, Math.min(100, volume)) / 100;
    await audio.play();
    return { ok: true };
  } catch (error) {
    // e.g. the browser refusing playback: reported, so the cause can be named.
    return { ok: false, problem: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

interface OffscreenDocumentDeps {
  /** Whether the extension's offscreen document currently exists. */
  exists(): Promise<boolean>;
  create(): Promise<void>;
}

/**
 * Returns `ensure()`, which makes sure the one offscreen document exists. Chrome allows a
 * single offscreen document and closes an audio one after 30 s of silence, so it is
 * checked before every use and concurrent callers share one creation.
 */
export function offscreenDocumentKeeper(deps: OffscreenDocumentDeps): () => Promise<void> {
  let creating: Promise<void> | null = null;
  return async function ensure() {
    if (creating) return creating;
    if (await deps.exists()) return;
    creating ??= deps.create().finally(() => {
      creating = null;
    });
    return creating;
  };
}
