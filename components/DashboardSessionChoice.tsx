import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { dashboardOriginPattern } from '../utils/shop/dashboardAccess';
import { dashboardUrlOf } from '../utils/shop/shopUrls';
import type { Settings } from '../utils/settings/settings';
import { useOptionsText } from './optionsWords';
import { LockedNote } from './LockedNote';
import { useLocked } from './PolicyContext';
import { inBackground } from '../utils/ui/inBackground';

/** Opt-in to the dashboard session; host access to that one origin is asked for on the click itself. */
export function DashboardSessionChoice({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}) {
  const text = useOptionsText().options;
  const [denied, setDenied] = useState(false);
  const pattern = dashboardOriginPattern(settings);

  async function choose(enabled: boolean) {
    setDenied(false);
    if (!enabled) {
      onChange({ useDashboardSession: false });
      // Access that the manifest requires cannot be removed; nothing to do then.
      await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
      return;
    }
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (granted) onChange({ useDashboardSession: true });
    else setDenied(true);
  }

  return (
    <div class="dashboard-session">
      <label>
        <input
          type="checkbox"
          name="useDashboardSession"
          disabled={useLocked('useDashboardSession')}
          checked={settings.useDashboardSession}
          aria-describedby="dashboard-session-hint"
          onChange={(event) => inBackground(choose(event.currentTarget.checked), 'Changing the dashboard session')}
        />
        {text.useDashboardSession} <LockedNote name="useDashboardSession" />
      </label>
      <p id="dashboard-session-hint" class={denied ? 'error' : 'hint'} role={denied ? 'alert' : undefined}>
        {denied ? text.dashboardAccessDenied : text.useDashboardSessionHint(dashboardUrlOf(settings))}
      </p>
    </div>
  );
}
