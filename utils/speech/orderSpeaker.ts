import type { Failed } from '../failed';
import type { Language } from '../i18n/language';
import type { Order } from '../orders/order';
import type { SpeechEngine } from '../platform/speechEngine';
import { sayOrders, type SpeakOutcome } from './sayOrders';
import type { SpokenOrders } from './spokenOrderText';
import type { Timers } from '../timers';

/** Speech starts this long after the first order of a burst: after the alert sound, and late enough to count the burst. */
export const SPEAK_AFTER_MS = 1_500;
/** Orders arriving within this long of an utterance wait for the next one: a stream of orders is one sentence every 10 s at most. */
export const MIN_SPEECH_GAP_MS = 10_000;

interface SpeechSettings {
  speakOrders: boolean;
  speechVoice: string | null;
}

export interface OrderSpeakerDeps extends SpeechEngine, Timers {
  settings(): SpeechSettings;
  language(): Language;
  /** Quiet hours or a snooze: checked again when the utterance is due. */
  isQuiet(now: number): boolean;
  onSpoken(outcome: SpeakOutcome): void;
  now(): number;
  failed: Failed;
}

/** Says new orders aloud (an option, off by default): one utterance per burst, never while quiet. */
export class OrderSpeaker {
  #first: Order | null = null;
  /** Orders waiting for the next sentence; above 0, its timer is set. */
  #pendingCount = 0;
  #lastSpokenAt = Number.NEGATIVE_INFINITY;

  readonly #deps: OrderSpeakerDeps;

  constructor(deps: OrderSpeakerDeps) {
    this.#deps = deps;
  }

  /** An order that was just announced (notification and sound). O(1): a burst keeps one order and a count. */
  add(order: Order): void {
    if (!this.#deps.settings().speakOrders) return;
    this.#pendingCount += 1;
    if (this.#pendingCount > 1) return;
    this.#first = order;
    const wait = Math.max(SPEAK_AFTER_MS, this.#lastSpokenAt + MIN_SPEECH_GAP_MS - this.#deps.now());
    this.#deps.setTimeout(() => {
      this.#flush().catch(this.#deps.failed('speaking the orders'));
    }, wait);
  }

  async #flush(): Promise<void> {
    const first = this.#first;
    const count = this.#pendingCount;
    this.#first = null;
    this.#pendingCount = 0;
    const now = this.#deps.now();
    const settings = this.#deps.settings();
    if (!first || !settings.speakOrders || this.#deps.isQuiet(now)) return;
    this.#lastSpokenAt = now;
    const spoken: SpokenOrders = count === 1 ? { kind: 'one', order: first } : { kind: 'many', count };
    this.#deps.onSpoken(await sayOrders(this.#deps, this.#deps.language(), settings.speechVoice, spoken));
  }
}
