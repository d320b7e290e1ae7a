import { parseSettings } from '../settings/parseSettings';
import type { Settings } from '../settings/settings';
import type { Session } from '../shop/session';
import { readParsed, sessionItem, settingsItem, snoozedUntilItem } from '../storageItems';

/**
 * The one writer of the staff member's settings, session and snooze. The popup and the
 * options page ask for a change by message; writes here run one at a time, so two quick
 * edits (a sound toggle in the popup while the options page saves a volume) both land
 * instead of the later read-modify-write undoing the earlier.
 */
export function configurationWriter() {
  let previous: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(write: () => Promise<T>): Promise<T> => {
    const next = previous.then(write, write);
    previous = next.catch(() => undefined);
    return next;
  };
  const patchSettings = async (patch: Partial<Settings>) =>
    settingsItem.setValue({ ...(await readParsed(settingsItem, parseSettings)), ...patch });

  return {
    updateSettings: (patch: Partial<Settings>) => inTurn(() => patchSettings(patch)),
    /** A new sign-in: its server becomes the settings' server, then the session is kept. */
    signedIn: (session: Session) =>
      inTurn(async () => {
        await patchSettings({ apiBaseUrl: session.apiBaseUrl });
        await sessionItem.setValue(session);
      }),
    /** A session taken from the shop dashboard's page. */
    adoptSession: (session: Session) => inTurn(() => sessionItem.setValue(session)),
    signOut: () => inTurn(() => sessionItem.setValue(null)),
    snooze: (until: number | null) => inTurn(() => snoozedUntilItem.setValue(until)),
  };
}
export type ConfigurationWriter = ReturnType<typeof configurationWriter>;
