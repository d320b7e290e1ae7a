import { useState } from 'preact/hooks';
import { defaultDashboardUrl, validateApiBaseUrl } from '../utils/shop/shopUrls';
import type { Settings } from '../utils/settings/settings';
import { useOptionsText } from './optionsWords';
import { LockedNote } from './LockedNote';
import { useLocked } from './PolicyContext';

/** The dashboard address, checked as it is typed and saved once valid; empty means the API's origin. */
export function ServerSettings({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}) {
  const all = useOptionsText();
  const text = all.options;
  const [error, setError] = useState<string | null>(null);
  const fallback = defaultDashboardUrl(settings.apiBaseUrl);

  function update(raw: string) {
    if (raw.trim() === '') {
      setError(null);
      return onChange({ dashboardUrl: null });
    }
    const checked = validateApiBaseUrl(raw);
    if (!checked.ok)
      return setError(
        all.signInProblem[
          ({ insecure: 'insecureUrl', invalid: 'invalidUrl', extras: 'urlExtras' } as const)[checked.problem]
        ],
      );
    setError(null);
    onChange({ dashboardUrl: checked.url });
  }

  return (
    <section aria-labelledby="server-heading">
      <h2 id="server-heading">{text.serverHeading}</h2>
      <label>
        {text.dashboardUrl} <LockedNote name="dashboardUrl" />
        <input
          name="dashboardUrl"
          disabled={useLocked('dashboardUrl')}
          type="url"
          dir="ltr"
          placeholder={fallback}
          defaultValue={settings.dashboardUrl ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby="dashboard-url-note"
          onInput={(event) => update(event.currentTarget.value)}
        />
      </label>
      <p id="dashboard-url-note" class={error ? 'error' : 'hint'} role={error ? 'alert' : undefined}>
        {error ?? text.dashboardUrlHint(fallback)}
      </p>
    </section>
  );
}
