import type { Language } from '../i18n/language';
import type { Order } from '../orders/order';
import type { SpeechEngine, Voice } from '../platform/speechEngine';
import { spokenOrderText, type SpokenOrders } from './spokenOrderText';

/** Speech starts this long after the first order of a burst: after the alert sound, and late enough to count the burst. */
export const SPEAK_AFTER_MS = 1_500;
/** Orders arriving within this long of an utterance wait for the next one: a stream of orders is one sentence every 10 s at most. */
export const MIN_SPEECH_GAP_MS = 10_000;

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

interface SpeechSettings {
  speakOrders: boolean;
  speechVoice: string | null;
}

export type SpeakOutcome = { ok: true; text: string; voice: Voice } | { ok: false; error: 'noVoice' | string };

export interface OrderSpeakerDeps extends SpeechEngine {
  settings(): SpeechSettings;
  language(): Language;
  /** Quiet hours or a snooze: checked again when the utterance is due. */
  isQuiet(now: number): boolean;
  onSpoken(outcome: SpeakOutcome): void;
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
}

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
    if (!voice) return { ok: false, error: 'noVoice' };
    await engine.speak(text, voice);
    return { ok: true, text, voice };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/** Says new orders aloud (an option, off by default): one utterance per burst, never while quiet. */
export class OrderSpeaker {
  private first: Order | null = null;
  /** Orders waiting for the next sentence; above 0, its timer is set. */
  private pendingCount = 0;
  private lastSpokenAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: OrderSpeakerDeps) {}

  /** An order that was just announced (notification and sound). O(1): a burst keeps one order and a count. */
  add(order: Order): void {
    if (!this.deps.settings().speakOrders) return;
    this.pendingCount += 1;
    if (this.pendingCount > 1) return;
    this.first = order;
    const wait = Math.max(SPEAK_AFTER_MS, this.lastSpokenAt + MIN_SPEECH_GAP_MS - this.deps.now());
    this.deps.setTimeout(() => {
      this.flush().catch((error: unknown) => console.error('Speaking the orders failed:', error));
    }, wait);
  }

  private async flush(): Promise<void> {
    const { first } = this;
    const count = this.pendingCount;
    this.first = null;
    this.pendingCount = 0;
    const now = this.deps.now();
    const settings = this.deps.settings();
    if (!first || !settings.speakOrders || this.deps.isQuiet(now)) return;
    this.lastSpokenAt = now;
    const spoken: SpokenOrders = count === 1 ? { kind: 'one', order: first } : { kind: 'many', count };
    this.deps.onSpoken(await sayOrders(this.deps, this.deps.language(), settings.speechVoice, spoken));
  }
}
