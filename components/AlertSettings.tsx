import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { snoozeEnd, SNOOZE_CHOICES } from '../utils/alerts/quietTime';
import { INTL_LOCALE } from '../utils/i18n/language';
import { sendMessage } from '../utils/messaging';
import { SOUND_NAMES, type SoundName } from '../utils/alerts/alertSound';
import type { Settings } from '../utils/settings/settings';
import { useLanguage } from './LanguageContext';
import { useOptionsText } from './optionsWords';
import { LockedNote } from './LockedNote';
import { useLocked } from './PolicyContext';
import { QuietHoursEditor } from './QuietHoursEditor';
import { inBackground } from '../utils/ui/inBackground';

type BooleanSetting = 'soundEnabled' | 'repeatUntilAcknowledged' | 'requireInteraction' | 'showPictures';

function SettingToggle({
  name,
  settings,
  onChange,
  children,
}: {
  name: BooleanSetting;
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
  children: ComponentChildren;
}) {
  return (
    <label>
      <input
        type="checkbox"
        name={name}
        disabled={useLocked(name)}
        checked={settings[name]}
        onChange={(event) => onChange({ [name]: event.currentTarget.checked })}
      />
      {children} <LockedNote name={name} />
    </label>
  );
}

/** Alert preferences; every change is saved at once. */
export function AlertSettings({
  settings,
  snoozedUntil,
  onChange,
  onSnooze,
}: {
  settings: Settings;
  snoozedUntil: number | null;
  onChange(patch: Partial<Settings>): void;
  onSnooze(until: number | null): void;
}) {
  const language = useLanguage();
  const all = useOptionsText();
  const text = all.options;
  const [testResult, setTestResult] = useState<string | null>(null);
  const snoozed = snoozedUntil !== null && snoozedUntil > Date.now();
  const number = (value: number) => new Intl.NumberFormat(INTL_LOCALE[language]).format(value);
  const timeFormat = new Intl.DateTimeFormat(INTL_LOCALE[language], {
    weekday: 'long',
    hour: 'numeric',
    minute: '2-digit',
  });

  async function testSound() {
    setTestResult('…');
    const result = await sendMessage('testSound', { sound: settings.sound, volume: settings.soundVolume });
    setTestResult(result.ok ? text.soundPlayed : text.soundFailed(result.problem));
  }

  return (
    <section aria-labelledby="alerts-heading" class="alert-settings">
      <h2 id="alerts-heading">{text.alerts}</h2>
      <SettingToggle name="soundEnabled" settings={settings} onChange={onChange}>
        {text.soundEnabled}
      </SettingToggle>
      <label>
        {text.sound}
        <select
          name="sound"
          disabled={useLocked('sound')}
          value={settings.sound}
          onChange={(event) => onChange({ sound: event.currentTarget.value as SoundName })}
        >
          {SOUND_NAMES.map((name) => (
            <option key={name} value={name}>
              {text.soundName[name]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {text.volume}: <output>{number(settings.soundVolume)}</output>
        <input
          type="range"
          name="soundVolume"
          disabled={useLocked('soundVolume')}
          min={0}
          max={100}
          step={5}
          value={settings.soundVolume}
          onChange={(event) => onChange({ soundVolume: Number(event.currentTarget.value) })}
        />
      </label>
      <button type="button" name="testSound" onClick={() => inBackground(testSound(), 'Testing the sound')}>
        {text.testSound}
      </button>
      {testResult && (
        <p class="test-result" role="status">
          {testResult}
        </p>
      )}
      <SettingToggle name="repeatUntilAcknowledged" settings={settings} onChange={onChange}>
        {text.repeat(number(settings.repeatIntervalSeconds), number(settings.repeatMaxMinutes))}
      </SettingToggle>
      <SettingToggle name="requireInteraction" settings={settings} onChange={onChange}>
        {text.requireInteraction}
      </SettingToggle>
      <SettingToggle name="showPictures" settings={settings} onChange={onChange}>
        {text.showPictures}
      </SettingToggle>
      <QuietHoursEditor
        quietHours={settings.quietHours}
        locked={useLocked('quietHours')}
        onChange={(quietHours) => onChange({ quietHours })}
      />
      <fieldset>
        <legend>{text.snoozeLegend}</legend>
        {snoozed ? (
          <p class="snoozed">
            {text.snoozedUntil(timeFormat.format(snoozedUntil))}{' '}
            <button type="button" name="cancelSnooze" onClick={() => onSnooze(null)}>
              {text.cancelSnooze}
            </button>
          </p>
        ) : (
          SNOOZE_CHOICES.map((choice) => (
            <button
              key={choice}
              type="button"
              name="snooze"
              value={choice}
              onClick={() => onSnooze(snoozeEnd(choice, Date.now()))}
            >
              {all.snoozeChoice[choice]}
            </button>
          ))
        )}
      </fieldset>
    </section>
  );
}
