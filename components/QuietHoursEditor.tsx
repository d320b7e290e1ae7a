import type { QuietHours } from '../utils/alerts/quietTime';
import { useOptionsText } from './optionsWords';
import { LockedNote } from './LockedNote';

const DEFAULT_PERIOD = { day: 5, start: '22:00', end: '08:00' };

function TimeField({
  name,
  label,
  value,
  onChange,
}: {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
}) {
  return (
    <label>
      {label}{' '}
      <input
        type="time"
        name={name}
        required
        value={value}
        // An emptied field is not a time: keep the last valid one.
        onChange={(event) => event.currentTarget.value && onChange(event.currentTarget.value)}
      />
    </label>
  );
}

/** The weekly quiet hours: a list of day / from / to rows; each change is saved at once. */
export function QuietHoursEditor({
  quietHours,
  locked,
  onChange,
}: {
  quietHours: QuietHours;
  locked: boolean;
  onChange(next: QuietHours): void;
}) {
  const text = useOptionsText().options;
  const setPeriod = (index: number, patch: Partial<QuietHours['periods'][number]>) =>
    onChange({
      ...quietHours,
      periods: quietHours.periods.map((period, at) => (at === index ? { ...period, ...patch } : period)),
    });

  return (
    <fieldset class="quiet-hours" disabled={locked}>
      <legend>
        {text.quietHours} <LockedNote name="quietHours" />
      </legend>
      <label>
        <input
          type="checkbox"
          name="quietHoursEnabled"
          checked={quietHours.enabled}
          onChange={(event) => onChange({ ...quietHours, enabled: event.currentTarget.checked })}
        />
        {text.quietHoursEnabled}
      </label>
      {quietHours.periods.map((period, index) => (
        <div class="quiet-period" key={index} data-index={index}>
          <label>
            {text.quietDay}{' '}
            <select
              name="quietDay"
              value={period.day}
              onChange={(event) => setPeriod(index, { day: Number(event.currentTarget.value) })}
            >
              {text.weekdays.map((name, day) => (
                <option key={day} value={day}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <TimeField
            name="quietStart"
            label={text.quietFrom}
            value={period.start}
            onChange={(start) => setPeriod(index, { start })}
          />
          <TimeField
            name="quietEnd"
            label={text.quietTo}
            value={period.end}
            onChange={(end) => setPeriod(index, { end })}
          />
          <button
            type="button"
            name="removePeriod"
            onClick={() => onChange({ ...quietHours, periods: quietHours.periods.filter((_, at) => at !== index) })}
          >
            {text.removePeriod}
          </button>
        </div>
      ))}
      <button
        type="button"
        name="addPeriod"
        onClick={() => onChange({ enabled: true, periods: [...quietHours.periods, DEFAULT_PERIOD] })}
      >
        {text.addPeriod}
      </button>
    </fieldset>
  );
}
