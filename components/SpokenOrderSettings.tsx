import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { speechEngine, type Voice } from '../utils/platform/speechEngine';
import type { Settings } from '../utils/settings/settings';
import { sayOrders, voicesOf } from '../utils/speech/sayOrders';
import { inBackground } from '../utils/ui/inBackground';
import { useLanguage } from './LanguageContext';
import { useOptionsText } from './optionsWords';
import { LockedNote } from './LockedNote';
import { useLocked } from './PolicyContext';

/** What the test button says: a made-up order in the interface language. */
const SAMPLE_ORDER = {
  ar: { customerName: 'أحمد الخطيب', amount: 5_000 },
  en: { customerName: 'Ahmad Al-Khatib', amount: 5_000 },
} as const;

/** Spoken orders: on/off, the voice among the installed ones of the interface language, a test. */
export function SpokenOrderSettings({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}) {
  const language = useLanguage();
  const text = useOptionsText().options;
  const engine = useMemo(() => speechEngine(browser), []);
  const [voices, setVoices] = useState<Voice[] | null>(null);
  const [result, setResult] = useState<string | null>(null);
  const locked = useLocked('speakOrders');
  useEffect(() => {
    if (engine)
      inBackground(
        engine.voices().then((all) => setVoices(voicesOf(all, language))),
        'Listing the voices',
      );
  }, [engine, language]);

  async function test() {
    if (!engine) return;
    setResult('…');
    const outcome = await sayOrders(engine, language, settings.speechVoice, {
      kind: 'one',
      order: SAMPLE_ORDER[language],
    });
    if (outcome.ok) setResult(text.speechSpoken(outcome.text));
    else setResult(outcome.problem === 'noVoice' ? text.noVoice : text.speechFailed(outcome.problem));
  }

  return (
    <section aria-labelledby="spoken-orders-heading" data-spoken-orders>
      <h2 id="spoken-orders-heading">{text.spokenOrders}</h2>
      {!engine ? (
        <p class="hint" data-speech="unavailable">
          {text.speechUnavailable}
        </p>
      ) : (
        <>
          <label>
            <input
              type="checkbox"
              name="speakOrders"
              disabled={locked}
              checked={settings.speakOrders}
              onChange={(event) => onChange({ speakOrders: event.currentTarget.checked })}
            />
            {text.speakOrders} <LockedNote name="speakOrders" />
          </label>
          {voices !== null && voices.length === 0 && (
            <p class="warning" data-speech="noVoice">
              {text.noVoice}
            </p>
          )}
          {voices !== null && voices.length > 0 && (
            <label>
              {text.speechVoice}
              <select
                name="speechVoice"
                value={settings.speechVoice ?? ''}
                onChange={(event) => onChange({ speechVoice: event.currentTarget.value || null })}
              >
                <option value="">{text.firstVoice}</option>
                {voices.map((voice) => (
                  <option key={voice.voiceName} value={voice.voiceName}>
                    {voice.voiceName} ({voice.lang})
                  </option>
                ))}
              </select>
            </label>
          )}
          <button type="button" onClick={() => inBackground(test(), 'Testing the voice')}>
            {text.testSpeech}
          </button>
          {result && (
            <p role="status" data-speech-result>
              {result}
            </p>
          )}
        </>
      )}
    </section>
  );
}
