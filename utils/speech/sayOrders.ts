import type { Language } from '../i18n/language';
import type { Outcome } from '../outcome';
import type { SpeechEngine, Voice } from '../platform/speechEngine';
import { spokenOrderText, type SpokenOrders } from './spokenOrderText';

// The options page's test and the worker's speaker say orders alike; only the worker holds a speaker.

/**
 * The installed voices that speak a language ("ar-SA" and "ar" both speak Arabic). Never a
 * network voice: it would send customers' names to the voice's provider.
 */
export function voicesOf(voices: readonly Voice[], language: Language): Voice[] {
  return voices.filter((voice) => !voice.remote && voice.lang?.toLowerCase().split(/[-_]/u)[0] === language);
}

/** The voice to speak a language with: the chosen one if installed, else the first of that language; null when none is. */
export function voiceFor(voices: readonly Voice[], language: Language, chosen: string | null): Voice | null {
  const ofLanguage = voicesOf(voices, language);
  return ofLanguage.find((voice) => chosen !== null && voice.voiceName === chosen) ?? ofLanguage[0] ?? null;
}

/** Said, or why not: 'noVoice' (none of the language installed) or the engine's error. */
export type SpeakOutcome = Outcome<{ text: string; voice: Voice }, 'noVoice' | string>;

/**
 * Says orders now with the chosen voice (or the first local one) of the language: the worker's
 * sentence after a burst and the options page's test button alike.
 */
export async function sayOrders(
  engine: SpeechEngine,
  language: Language,
  chosenVoice: string | null,
  spoken: SpokenOrders,
): Promise<SpeakOutcome> {
  const text = spokenOrderText(language, spoken);
  try {
    const voice = voiceFor(await engine.voices(), language, chosenVoice);
    if (!voice) return { ok: false, problem: 'noVoice' };
    await engine.speak(text, voice);
    return { ok: true, text, voice };
  } catch (error) {
    return { ok: false, problem: String(error) };
  }
}
