import type { browser as browserApi } from 'wxt/browser';
import { parseSettings } from '../settings/parseSettings';
import { readManaged } from '../settings/readManaged';
import { parseMoment } from '../alerts/quietTime';
import { parseSession } from '../shop/session';
import { readParsed, sessionItem, settingsItem, snoozedUntilItem } from '../storageItems';
import { LiveConfiguration, type Configuration } from './liveConfiguration';

/** The worker's configuration, read from extension storage and the administrator's policy. */
export function storedConfiguration(browser: typeof browserApi): LiveConfiguration {
  return new LiveConfiguration({
    readSession: () => readParsed(sessionItem, parseSession),
    readSettings: () => readParsed(settingsItem, parseSettings),
    readSnoozedUntil: () => readParsed(snoozedUntilItem, parseMoment),
    readManaged: () => readManaged(browser),
  });
}

export interface ConfigurationChangeDeps {
  onChange(configuration: Configuration): void | Promise<void>;
  /** After the staff member changed a setting, once the new configuration is applied. */
  onSettingsChanged(): Promise<unknown>;
  /** After a policy was read: at start-up (late: managed storage is slow) and on every change. */
  onPolicyRead(changed: boolean): Promise<unknown>;
  onError(what: string): (error: unknown) => void;
}

/**
 * Follows the configuration as storage or the policy changes; starts reading the policy now.
 * The first connect never waits on it.
 */
export function followConfigurationChanges(
  browser: typeof browserApi,
  configuration: LiveConfiguration,
  deps: ConfigurationChangeDeps,
): void {
  configuration.onChange(deps.onChange);
  const followPolicy = (changed: boolean) => {
    configuration
      .followPolicy()
      .then(() => deps.onPolicyRead(changed))
      .catch(deps.onError('reading the policy'));
  };
  followPolicy(false);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') followPolicy(true);
  });
  const follow = (then?: () => Promise<unknown>) => () => {
    configuration.follow().then(then).catch(deps.onError('following a change'));
  };
  sessionItem.watch(follow());
  snoozedUntilItem.watch(follow());
  settingsItem.watch(follow(deps.onSettingsChanged));
}
