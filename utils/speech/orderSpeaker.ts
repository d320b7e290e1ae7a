import type { Language } from '../i18n/language';
import type { Order } from '../orders/order';
import type { Voice } from '../platform/speechEngine';
import { spokenOrderText } from './spokenOrderText';

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

export interface SpeechSettings {
  speakOrders: boolean;
  speechVoice: string | null;
}

export type SpeakOutcome = { ok: true; text: string; voice: Voice } | { ok: false; error: 'noVoice' | string };

export interface OrderSpeakerDeps {
  settings(): SpeechSettings;
  language(): Language;
  /** Quiet hours or a snooze: checked again when the utterance is due. */
  isQuiet(now: number): boolean;
  voices(): Promise<readonly Voice[]>;
  speak(text: string, voice: Voice): Promise<void>;
  onSpoken(outcome: SpeakOutcome): void;
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
}

/** Says new orders aloud (an option, off by default): one utterance per burst, never while quiet. */
export class OrderSpeaker {
  private first: Order | null = null;
  private pendingCount = 0;
  private due = false;
  private lastSpokenAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: OrderSpeakerDeps) {}

  /** An order that was just announced (notification and sound). O(1): a burst keeps one order and a count. */
  add(order: Order): void {
    if (!this.deps.settings().speakOrders) return;
    if (this.pendingCount === 0) this.first = order;
    this.pendingCount += 1;
    if (this.due) return;
    this.due = true;
    const now = this.deps.now();
    const wait = Math.max(SPEAK_AFTER_MS, this.lastSpokenAt + MIN_SPEECH_GAP_MS - now);
    this.deps.setTimeout(() => {
      this.flush().catch((error: unknown) => console.error('Speaking the orders failed:', error));
    }, wait);
  }

  private async flush(): Promise<void> {
    const { first } = this;
    const count = this.pendingCount;
    this.first = null;
    this.pendingCount = 0;
    this.due = false;
    const now = this.deps.now();
    if (!first || !this.deps.settings().speakOrders || this.deps.isQuiet(now)) return;
    this.lastSpokenAt = now;
    await this.say(count === 1 ? { kind: 'one', order: first } : { kind: 'many', count });
  }

  /** Speaks now, e.g. the options page's test button. */
  async say(spoken: Parameters<typeof spokenOrderText>[1]): Promise<SpeakOutcome> {
    const language = this.deps.language();
    const outcome = await this.attempt(language, spokenOrderText(language, spoken));
    this.deps.onSpoken(outcome);
    return outcome;
  }

  private async attempt(language: Language, text: string): Promise<SpeakOutcome> {
    try {
      const voice = voiceFor(await this.deps.voices(), language, this.deps.settings().speechVoice);
      if (!voice) return { ok: false, error: 'noVoice' };
      await this.deps.speak(text, voice);
      return { ok: true, text, voice };
    } catch (error) {
      return { ok: false, error: String(error) };
    }
  }
}
