import { describe, expect, it } from 'vitest';
import type { Order } from '../../../utils/orders/order';
import { MIN_SPEECH_GAP_MS, OrderSpeaker, SPEAK_AFTER_MS } from '../../../utils/speech/orderSpeaker';
import { voiceFor, type SpeakOutcome } from '../../../utils/speech/sayOrders';
import type { Voice } from '../../../utils/platform/speechEngine';

const ARABIC: Voice = { voiceName: 'Maged', lang: 'ar-SA' };
const ENGLISH: Voice = { voiceName: 'Samantha', lang: 'en-US' };

function order(id: number, customerName = `Customer ${id}`): Order {
  return { id, customerName, amount: 1500 } as Order;
}

/** A speaker on a hand-driven clock: `advance` runs the timers that fall due. */
function speakerWith(
  options: { speakOrders?: boolean; quiet?: boolean; voices?: Voice[]; voice?: string | null } = {},
) {
  let now = 1_000_000;
  let quiet = options.quiet ?? false;
  const timers: { at: number; run: () => void }[] = [];
  const said: { text: string; voice: Voice }[] = [];
  const outcomes: SpeakOutcome[] = [];
  const speaker = new OrderSpeaker({
    settings: () => ({ speakOrders: options.speakOrders ?? true, speechVoice: options.voice ?? null }),
    language: () => 'en',
    isQuiet: () => quiet,
    voices: async () => options.voices ?? [ARABIC, ENGLISH],
    speak: async (text, voice) => void said.push({ text, voice }),
    onSpoken: (outcome) => outcomes.push(outcome),
    now: () => now,
    setTimeout: (run, ms) => timers.push({ at: now + ms, run }),
    clearTimeout: () => undefined,
    failed: (what) => (error) => {
      throw new Error(`${what}: ${String(error)}`);
    },
  });
  return {
    speaker,
    said,
    outcomes,
    setQuiet: (value: boolean) => (quiet = value),
    async advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('spoken orders', () => {
  it('say one order after the alert sound, with a voice of the interface language', async () => {
    const s = speakerWith();
    s.speaker.add(order(1, 'Ahmad'));
    await s.advance(SPEAK_AFTER_MS - 1);
    expect(s.said).toEqual([]);
    await s.advance(1);
    expect(s.said).toEqual([{ text: 'New order from Ahmad, 1500 pounds', voice: ENGLISH }]);
  });

  it('say a burst once, as a count', async () => {
    const s = speakerWith();
    for (let id = 1; id <= 12; id++) s.speaker.add(order(id));
    await s.advance(SPEAK_AFTER_MS);
    expect(s.said.map(({ text }) => text)).toEqual(['12 new orders']);
  });

  it('gather a steady stream into one sentence per 10 seconds', async () => {
    const s = speakerWith();
    s.speaker.add(order(1));
    await s.advance(SPEAK_AFTER_MS);
    for (let id = 2; id <= 6; id++) {
      s.speaker.add(order(id));
      await s.advance(1_000);
    }
    expect(s.said).toHaveLength(1);
    await s.advance(MIN_SPEECH_GAP_MS);
    expect(s.said.map(({ text }) => text)).toEqual(['New order from Customer 1, 1500 pounds', '5 new orders']);
  });

  it('stay silent when off, and when quiet hours or a snooze begin before the sentence is due', async () => {
    const off = speakerWith({ speakOrders: false });
    off.speaker.add(order(1));
    await off.advance(SPEAK_AFTER_MS);
    expect(off.said).toEqual([]);

    const snoozed = speakerWith();
    snoozed.speaker.add(order(1));
    snoozed.setQuiet(true);
    await snoozed.advance(SPEAK_AFTER_MS);
    expect(snoozed.said).toEqual([]);
  });

  it('say nothing and report "no voice" when no voice of the language is installed', async () => {
    const s = speakerWith({ voices: [ARABIC] });
    s.speaker.add(order(1));
    await s.advance(SPEAK_AFTER_MS);
    expect(s.said).toEqual([]);
    expect(s.outcomes).toEqual([{ ok: false, problem: 'noVoice' }]);
  });
});

describe('choosing the voice', () => {
  const voices = [ENGLISH, { voiceName: 'Daniel', lang: 'en_GB' }, ARABIC, { voiceName: 'Tarik', lang: 'ar' }];
  it('takes the chosen voice when installed, else the first of the language', () => {
    expect(voiceFor(voices, 'en', 'Daniel')?.voiceName).toBe('Daniel');
    expect(voiceFor(voices, 'en', 'Uninstalled')?.voiceName).toBe('Samantha');
    expect(voiceFor(voices, 'ar', null)?.voiceName).toBe('Maged');
    // A chosen voice of another language is never used: it would read Arabic with English sounds.
    expect(voiceFor(voices, 'ar', 'Samantha')?.voiceName).toBe('Maged');
    expect(voiceFor([ENGLISH, { voiceName: 'NoLang' }], 'ar', null)).toBeNull();
  });

  it('never uses a network voice: it would send customer names off the computer', () => {
    const online = { voiceName: 'Google العربية', lang: 'ar', remote: true };
    expect(voiceFor([online], 'ar', 'Google العربية')).toBeNull();
    expect(voiceFor([online, ARABIC], 'ar', null)).toBe(ARABIC);
  });
});
