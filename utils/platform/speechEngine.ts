import type { browser as browserApi } from 'wxt/browser';

/** One installed voice, as `chrome.tts.getVoices()` lists it. */
export interface Voice {
  voiceName?: string;
  lang?: string;
  /** A network voice: the text is sent to its provider. */
  remote?: boolean;
}

export interface SpeechEngine {
  voices(): Promise<readonly Voice[]>;
  speak(text: string, voice: Voice): Promise<void>;
}

/**
 * The browser's text-to-speech (`chrome.tts`, Chrome and Edge), null where there is none:
 * Firefox gives extensions no speech API outside a page.
 */
export function speechEngine(browser: typeof browserApi): SpeechEngine | null {
  if (import.meta.env.FIREFOX || !('tts' in browser) || !browser.tts) return null;
  const { tts } = browser;
  return {
    voices: () => tts.getVoices(),
    // enqueue false: a newer burst replaces an unfinished sentence instead of queueing behind it.
    speak: (text, voice) => tts.speak(text, { voiceName: voice.voiceName, lang: voice.lang, enqueue: false }),
  };
}
