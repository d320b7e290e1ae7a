import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { effectiveSettings, readManaged, type EffectiveSettings } from '../settings/policy';
import { DEFAULT_SETTINGS } from '../settings/defaultSettings';
import { parseSettings } from '../settings/parseSettings';
import { STORED } from '../storedValues';
import { inBackground } from './inBackground';
import { useStoredValue } from './useStoredValue';

const isEmpty = (policy: Record<string, unknown>) => Object.keys(policy).length === 0;

/**
 * The settings in force on this page: the staff member's, overridden by the administrator's
 * policy, live as either changes. The page renders at once; a policy that is slow to
 * arrive (managed storage can take seconds after launch) locks its fields when it does.
 */
export function useEffectiveSettings(): EffectiveSettings | undefined {
  const stored = useStoredValue(STORED.settings, parseSettings);
  const [managed, setManaged] = useState<Record<string, unknown>>({});
  useEffect(() => {
    let active = true;
    const load = () =>
      inBackground(
        // No policy, as before: the same state, so no second render of the whole page.
        readManaged(browser).then(
          (policy) => active && setManaged((shown) => (isEmpty(policy) && isEmpty(shown) ? shown : policy)),
        ),
        'Reading the policy',
      );
    const onChanged = (_changes: unknown, area: string) => area === 'managed' && load();
    load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      active = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return stored ? effectiveSettings(DEFAULT_SETTINGS, stored, managed) : undefined;
}
