import type { ExtensionBrowser } from './extensionBrowser';

/** One `chrome.tts.speak` call as the worker made it. */
export interface RecordedSpeech {
  text: string;
  voiceName?: string;
  lang?: string;
}

/**
 * Replaces `chrome.tts` in the worker: `getVoices` answers the given voices (headless Chromium
 * has none) and `speak` records instead of speaking. Plain script text: it runs untranspiled.
 */
function recorder(voices: { voiceName: string; lang: string }[]): string {
  return `(() => {
    const log = [];
    globalThis.speechRecord = log;
    for (const api of new Set([globalThis.chrome, globalThis.browser])) {
      if (!api?.tts) continue;
      api.tts.getVoices = async () => ${JSON.stringify(voices)};
      api.tts.speak = async (text, options) => { log.push({ text, voiceName: options?.voiceName, lang: options?.lang }); };
    }
  })()`;
}

export async function recordSpeech(
  extension: ExtensionBrowser,
  voices: { voiceName: string; lang: string }[],
): Promise<void> {
  await (await extension.serviceWorker()).evaluate(recorder(voices));
}

export async function recordedSpeech(extension: ExtensionBrowser): Promise<RecordedSpeech[]> {
  return (await extension.serviceWorker()).evaluate(
    () => (globalThis as unknown as { speechRecord?: RecordedSpeech[] }).speechRecord ?? [],
  );
}
