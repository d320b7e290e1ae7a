import { describe, expect, it } from 'vitest';
import { LiveConfiguration, type Configuration } from '../../../utils/background/liveConfiguration';
import { DEFAULT_SETTINGS } from '../../../utils/settings/defaultSettings';
import type { Session } from '../../../utils/shop/session';

const session: Session = {
  apiBaseUrl: 'https://shop.example/api',
  token: 'admin_token_1',
  user: { id: 1, name: 'مدير', user_type: { id: 1, name_ar: 'مدير' } },
  signedInAt: 5,
  verifiedAt: 5,
};

function configurationOver(state: { session: Session | null; managed: Record<string, unknown> }) {
  const applied: Configuration[] = [];
  let reads = 0;
  const configuration = new LiveConfiguration({
    readSession: async () => {
      reads += 1;
      // Each read takes a while: later calls must queue behind it, never interleave.
      await new Promise((resolve) => setTimeout(resolve, 5));
      return state.session;
    },
    readSettings: async () => DEFAULT_SETTINGS,
    readSnoozedUntil: async () => null,
    readManaged: async () => state.managed,
  });
  configuration.onChange((applying) => void applied.push(applying));
  return { configuration, applied, reads: () => reads };
}

describe('LiveConfiguration', () => {
  it('applies re-reads in call order, so the last change wins', async () => {
    const state = { session: session as Session | null, managed: {} };
    const { configuration, applied } = configurationOver(state);
    const first = configuration.follow();
    state.session = null;
    await Promise.all([first, configuration.follow()]);
    expect(applied.at(-1)?.target).toBeNull();
  });

  it('runs one more re-read for all the changes that came while one was running', async () => {
    const { configuration, reads } = configurationOver({ session, managed: {} });
    const running = configuration.follow();
    await new Promise((resolve) => setTimeout(resolve, 1));
    await Promise.all([running, configuration.follow(), configuration.follow()]);
    expect(reads()).toBe(2);
  });

  it('follows a policy’s server on the origin that issued the sign-in, token and all', async () => {
    const { configuration } = configurationOver({ session, managed: { apiBaseUrl: 'https://shop.example/v2/api' } });
    await configuration.followPolicy();
    expect(configuration.current.target).toMatchObject({
      apiBaseUrl: 'https://shop.example/v2/api',
      token: 'admin_token_1',
    });
  });

  it('never sends the token to a policy’s server on another origin: signed out there, and said why', async () => {
    const { configuration } = configurationOver({ session, managed: { apiBaseUrl: 'https://policy.example/api' } });
    await configuration.followPolicy();
    expect(configuration.current.target).toBeNull();
    expect(configuration.current.serverChanged).toBe(true);
    expect(configuration.current.settings.apiBaseUrl).toBe('https://policy.example/api');
  });
});
