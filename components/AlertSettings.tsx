import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { snoozeEnd, SNOOZE_CHOICES, type SnoozeChoice } from '../utils/alerts/quietTime';
import { sendMessage } from '../utils/messaging';
import { SOUND_NAMES, type SoundName } from '../utils/sound/sounds';
import type { Settings } from '../utils/storage';

const SOUND_LABEL: Record<SoundName, string> = { beep: 'صفارة (كلوحة التحكم القديمة)', chime: 'نغمة', bell: 'جرس' };
const SNOOZE_LABEL: Record<SnoozeChoice, string> = { '15m': '١٥ دقيقة', '1h': 'ساعة', tomorrow: 'حتى صباح الغد' };
const timeFormat = new Intl.DateTimeFormat('ar-SY', { weekday: 'long', hour: 'numeric', minute: '2-digit' });

type BooleanSetting = 'soundEnabled' | 'repeatUntilAcknowledged' | 'requireInteraction';

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
        checked={settings[name]}
        onChange={(event) => onChange({ [name]: event.currentTarget.checked })}
      />
      {children}
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
  const [testResult, setTestResult] = useState<string | null>(null);
  const snoozed = snoozedUntil !== null && snoozedUntil > Date.now();

  async function testSound() {
    setTestResult('…');
    const result = await sendMessage('testSound', { sound: settings.sound, volume: settings.soundVolume });
    setTestResult(result.ok ? 'تم تشغيل الصوت.' : `تعذر تشغيل الصوت: ${result.error}`);
  }

  return (
    <section aria-labelledby="alerts-heading" class="alert-settings">
      <h2 id="alerts-heading">التنبيهات</h2>
      <SettingToggle name="soundEnabled" settings={settings} onChange={onChange}>
        تشغيل صوت عند وصول طلب
      </SettingToggle>
      <label>
        الصوت
        <select
          name="sound"
          value={settings.sound}
          onChange={(event) => onChange({ sound: event.currentTarget.value as SoundName })}
        >
          {SOUND_NAMES.map((name) => (
            <option key={name} value={name}>
              {SOUND_LABEL[name]}
            </option>
          ))}
        </select>
      </label>
      <label>
        مستوى الصوت: <output>{settings.soundVolume}</output>
        <input
          type="range"
          name="soundVolume"
          min={0}
          max={100}
          step={5}
          value={settings.soundVolume}
          onChange={(event) => onChange({ soundVolume: Number(event.currentTarget.value) })}
        />
      </label>
      <button type="button" name="testSound" onClick={() => void testSound()}>
        تجربة الصوت
      </button>
      {testResult && (
        <p class="test-result" role="status">
          {testResult}
        </p>
      )}
      <SettingToggle name="repeatUntilAcknowledged" settings={settings} onChange={onChange}>
        تكرار الصوت كل {settings.repeatIntervalSeconds} ث حتى أشاهد الطلب (لمدة {settings.repeatMaxMinutes} دقائق على
        الأكثر)
      </SettingToggle>
      <SettingToggle name="requireInteraction" settings={settings} onChange={onChange}>
        إبقاء الإشعار ظاهراً حتى أتعامل معه
      </SettingToggle>
      <fieldset>
        <legend>إيقاف التنبيهات مؤقتاً (تُسجَّل الطلبات ويُعدّها الشعار، بلا صوت ولا إشعارات)</legend>
        {snoozed ? (
          <p class="snoozed">
            موقوفة حتى {timeFormat.format(snoozedUntil)}{' '}
            <button type="button" name="cancelSnooze" onClick={() => onSnooze(null)}>
              إلغاء الإيقاف
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
              {SNOOZE_LABEL[choice]}
            </button>
          ))
        )}
      </fieldset>
    </section>
  );
}
