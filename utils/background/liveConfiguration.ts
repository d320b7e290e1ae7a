import type { browser as browserApi } from 'wxt/browser';
import type { Failed } from '../failed';
import { parseMoment } from '../alerts/quietTime';
import { connectionTargetFor, type ConnectionTarget } from '../connection/connectionTarget';
import { parseSettings } from '../settings/parseSettings';
import { effectiveSettings, policyApiBaseUrl, readManaged } from '../settings/policy';
import { DEFAULT_SETTINGS } from '../settings/defaultSettings';
import type { Settings } from '../settings/settings';
import { parseSession, type Session } from '../shop/session';
import { readParsed, sessionItem, settingsItem, snoozedUntilItem } from '../storageItems';

/** What the worker runs on: the settings in force, where to connect, and until when alerts are snoozed. */
export interface Configuration {
  settings: Settings;
  /** The session, on the policy's server when a policy sets one; null when signed out. */
  target: ConnectionTarget | null;
  snoozedUntil: number | null;
  /** Signed in, but on another origin than the policy's server: the token stays home. */
  serverChanged: boolean;
  /** The administrator's `allowDashboardSession: false` is in force. */
  dashboardSessionForbidden: boolean;
}

export interface LiveConfigurationDeps {
  readSession(): Promise<Session | null>;
  readSettings(): Promise<Settings>;
  readSnoozedUntil(): Promise<number | null>;
  /** The administrator's policy; slow to answer after launch, so it is read apart. */
  readManaged(): Promise<Record<string, unknown>>;
}

type ConfigurationListener = (configuration: Configuration) => void | Promise<void>;

/**
 * The configuration, followed as session, settings, snooze and policy change. Re-reads run
 * one at a time in call order, so the last change always wins; a re-read asked for while
 * one waits to run shares it.
 */
export class LiveConfiguration {
  current: Configuration = {
    settings: DEFAULT_SETTINGS,
    target: null,
    snoozedUntil: null,
    serverChanged: false,
    dashboardSessionForbidden: false,
  };
  private managed: Record<string, unknown> = {};
  private listener: ConfigurationListener = () => undefined;
  private policyReadOnce: () => void = () => undefined;
  /** Resolves once the policy has been read the first time (managed storage can take seconds after launch). */
  readonly policyRead = new Promise<void>((resolve) => (this.policyReadOnce = resolve));
  private running: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;

  constructor(private readonly deps: LiveConfigurationDeps) {}

  /** Who applies each new configuration; awaited, so the next re-read waits until it is applied. */
  onChange(listener: ConfigurationListener): void {
    this.listener = listener;
  }

  /** Re-reads session, settings and snooze; resolves once the result is applied. */
  follow(): Promise<void> {
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.reread();
    });
    this.running = this.queued.catch(() => undefined);
    return this.queued;
  }

  /** Re-reads the policy, then follows. */
  async followPolicy(): Promise<void> {
    this.managed = await this.deps.readManaged();
    await this.follow();
    this.policyReadOnce();
  }

  private async reread(): Promise<void> {
    const [session, userSettings, snoozedUntil] = await Promise.all([
      this.deps.readSession(),
      this.deps.readSettings(),
      this.deps.readSnoozedUntil(),
    ]);
    const effective = effectiveSettings(DEFAULT_SETTINGS, userSettings, this.managed);
    const target = session && connectionTargetFor(session, policyApiBaseUrl(effective));
    this.current = {
      settings: effective.settings,
      target,
      snoozedUntil,
      serverChanged: session !== null && !target,
      dashboardSessionForbidden:
        effective.locked.includes('useDashboardSession') && !effective.settings.useDashboardSession,
    };
    await this.listener(this.current);
  }
}

/** The worker's configuration, read from extension storage and the administrator's policy. */
export function liveConfiguration(browser: typeof browserApi): LiveConfiguration {
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
  failed: Failed;
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
      .catch(deps.failed('reading the policy'));
  };
  followPolicy(false);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') followPolicy(true);
  });
  const follow = (then?: () => Promise<unknown>) => () => {
    configuration.follow().then(then).catch(deps.failed('following a change'));
  };
  sessionItem.watch(follow());
  snoozedUntilItem.watch(follow());
  settingsItem.watch(follow(deps.onSettingsChanged));
}
