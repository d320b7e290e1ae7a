import type { browser as browserApi } from 'wxt/browser';
import type { Failed } from '../failed';

const WATCHDOG_ALARM = 'connection-watchdog';
/** Chrome's minimum alarm period: revives a worker Chrome stopped while idle. */
const WATCHDOG_PERIOD_MINUTES = 0.5;

export interface WakeActions {
  /** Every 30 s, and the first event a stopped worker sees. */
  watchdog(): void;
  /** The computer is in use again (after sleep or idle). */
  active(): void;
}

/** The events that make the worker check its connection: the watchdog alarm and the machine waking. */
export function registerWakeTriggers(browser: typeof browserApi, actions: WakeActions, failed: Failed) {
  // Older browsers answer `create` without a promise.
  Promise.resolve(browser.alarms.create(WATCHDOG_ALARM, { periodInMinutes: WATCHDOG_PERIOD_MINUTES })).catch(
    failed('creating the watchdog alarm'),
  );
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCHDOG_ALARM) actions.watchdog();
  });
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'active') actions.active();
  });
}
