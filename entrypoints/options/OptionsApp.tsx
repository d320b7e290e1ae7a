import { useEffect, useState } from 'preact/hooks';
import { connectionTargetFor } from '../../utils/connection/connectionTarget';
import { backgroundMode, type BackgroundMode } from '../../utils/platform/backgroundMode';
import { parseSession } from '../../utils/shop/session';
import { browser } from 'wxt/browser';
import { AlertSettings } from '../../components/AlertSettings';
import { DashboardSessionChoice } from '../../components/DashboardSessionChoice';
import { useLanguage } from '../../components/LanguageContext';
import { OptionsWordsProvider, useOptionsText } from '../../components/optionsWords';
import { parseMoment } from '../../utils/alerts/quietTime';
import { LoginForm, type LoginFields } from '../../components/LoginForm';
import { LockedNote } from '../../components/LockedNote';
import { PolicyProvider, useLocked } from '../../components/PolicyContext';
import { ServerSettings } from '../../components/ServerSettings';
import { SpokenOrderSettings } from '../../components/SpokenOrderSettings';
import { INTL_LOCALE, LANGUAGES, type LanguageSetting } from '../../utils/i18n/language';
import { roleName } from '../../utils/i18n/roleName';
import type { OptionsText } from '../../utils/i18n/optionsTextAr';
import { highestListedOrderId, signIn, verifyToken } from '../../utils/shop/signIn';
import { validateApiBaseUrl } from '../../utils/shop/shopUrls';
import { tokenExpiresAt } from '../../utils/shop/tokenExpiry';
import { STORED } from '../../utils/storedValues';
import { sendMessage } from '../../utils/messaging';
import type { Session } from '../../utils/shop/session';
import type { Settings } from '../../utils/settings/settings';
import { policyApiBaseUrl, type EffectiveSettings } from '../../utils/settings/policy';
import { useEffectiveSettings } from '../../utils/ui/useEffectiveSettings';
import { useStoredValue } from '../../utils/ui/useStoredValue';
import { inBackground } from '../../utils/ui/inBackground';

type SignInProblem = keyof OptionsText['signInProblem'];

/** Signs in and stores the session; returns the problem to show, or null on success. */
async function signInWith(fields: LoginFields): Promise<SignInProblem | null> {
  const url = validateApiBaseUrl(fields.apiBaseUrl);
  if (!url.ok) return ({ insecure: 'insecureUrl', invalid: 'invalidUrl', extras: 'urlExtras' } as const)[url.problem];
  const result = await signIn(fetch, url.url, fields.username, fields.password);
  if (!result.ok) return result.problem;
  // Refused right after it was issued: the server's own defect. Signed in all the same,
  // in list reading (the order list needs no token), and told in words what is wrong.
  const verdict = await verifyToken(fetch, url.url, result.token);
  // Where news begins: orders listed now are history, any later one is announced.
  const highestOrderIdAtSignIn = await highestListedOrderId(fetch, url.url, result.token);
  const now = Date.now();
  await sendMessage('signedIn', {
    apiBaseUrl: url.url,
    token: result.token,
    user: result.user,
    signedInAt: now,
    verifiedAt: verdict === 'accepted' ? now : null,
    ...(verdict === 'refused' && { refusedAtSignIn: true }),
    highestOrderIdAtSignIn,
  });
  return null;
}

/** The worker writes the settings (one writer, so two quick edits both land). */
const updateSettings = (patch: Partial<Settings>) => sendMessage('updateSettings', patch);

function Account({ session, settings }: { session: Session | null; settings: Settings }) {
  const language = useLanguage();
  const text = useOptionsText();
  const apiBaseUrlLocked = useLocked('apiBaseUrl');
  if (!session) {
    return (
      <LoginForm
        initialApiBaseUrl={settings.apiBaseUrl}
        apiBaseUrlLocked={apiBaseUrlLocked}
        onSubmit={async (fields) => {
          const problem = await signInWith(fields);
          return problem && text.signInProblem[problem];
        }}
      />
    );
  }
  const expiresAt = tokenExpiresAt(session.token);
  const date = (at: number) => new Intl.DateTimeFormat(INTL_LOCALE[language], { dateStyle: 'long' }).format(at);
  return (
    <div class="signed-in">
      <p>
        {text.options.signedInAs} <strong class="user-name">{session.user.name}</strong> (
        {roleName(language, session.user.user_type.name_ar)})
      </p>
      <p>
        {text.options.server}: <bdi dir="ltr">{session.apiBaseUrl}</bdi>
      </p>
      <p class="token-expiry">
        {expiresAt === null ? text.options.tokenOpaque : text.options.tokenExpires(date(expiresAt))}
      </p>
      {session.refusedAtSignIn && (
        <p class="warning" data-changes-refused>
          {text.connection.changesRefused}
        </p>
      )}
      <button type="button" name="signOut" onClick={() => inBackground(sendMessage('signOut'), 'Signing out')}>
        {text.options.signOut}
      </button>
    </div>
  );
}

/** Whether alerts go on with every window closed, and if not, what turns that on. */
function WindowsClosed() {
  const text = useOptionsText().options;
  const [mode, setMode] = useState<BackgroundMode | null>(null);
  useEffect(() => {
    inBackground(backgroundMode(browser).then(setMode), 'Reading the background mode');
  }, []);
  return (
    <section aria-labelledby="windows-closed-heading">
      <h2 id="windows-closed-heading">{text.windowsClosed}</h2>
      {mode && (
        <p class={mode === 'keptRunning' ? 'hint' : 'warning'} data-background-mode={mode}>
          {text.backgroundMode[mode]}
        </p>
      )}
    </section>
  );
}

function LanguageChoice({ settings }: { settings: Settings }) {
  const text = useOptionsText().options;
  const names: Record<LanguageSetting, string> = { auto: text.languageAuto, ar: 'العربية', en: 'English' };
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">
        {text.language} <LockedNote name="language" />
      </h2>
      <select
        name="language"
        disabled={useLocked('language')}
        aria-labelledby="language-heading"
        value={settings.language}
        onChange={(event) =>
          inBackground(updateSettings({ language: event.currentTarget.value as LanguageSetting }), 'Saving')
        }
      >
        {(['auto', ...LANGUAGES] as const).map((choice) => (
          <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
            {names[choice]}
          </option>
        ))}
      </select>
    </section>
  );
}

function OptionsPage({
  effective: { settings, invalid },
  session,
  snoozedUntil,
}: {
  effective: EffectiveSettings;
  session: Session | null;
  snoozedUntil: number | null;
}) {
  const { options: text, troubleshooter } = useOptionsText();
  // A change that could not be saved (e.g. storage full) is said on the page, never lost in silence.
  const [saveFailed, setSaveFailed] = useState(false);
  const save = (write: Promise<unknown>) =>
    write.then(
      () => setSaveFailed(false),
      () => setSaveFailed(true),
    );
  const saveSettings = (patch: Partial<Settings>) => save(updateSettings(patch));
  return (
    <main class="options">
      <h1>{text.title}</h1>
      {saveFailed && (
        <p class="error" role="alert" data-problem="saveFailed">
          {text.saveFailed}
        </p>
      )}
      {invalid.length > 0 && (
        <ul class="policy-warning" role="alert">
          {invalid.map(({ key, reason }) => (
            <li key={key}>{text.policyIgnored(key, reason)}</li>
          ))}
        </ul>
      )}
      <section aria-labelledby="account-heading">
        <h2 id="account-heading">{text.account}</h2>
        <Account session={session} settings={settings} />
        <DashboardSessionChoice settings={settings} onChange={saveSettings} />
      </section>
      <AlertSettings
        settings={settings}
        snoozedUntil={snoozedUntil}
        onChange={saveSettings}
        onSnooze={(until) => save(sendMessage('snooze', until))}
      />
      <SpokenOrderSettings settings={settings} onChange={saveSettings} />
      <ServerSettings settings={settings} onChange={saveSettings} />
      <WindowsClosed />
      <LanguageChoice settings={settings} />
      <section aria-labelledby="troubleshooter-heading">
        <h2 id="troubleshooter-heading">{troubleshooter.title}</h2>
        <p>
          {troubleshooter.intro}{' '}
          <a href={browser.runtime.getURL('/diagnostics.html')} target="_blank">
            {troubleshooter.title}
          </a>
        </p>
      </section>
      <footer class="privacy">
        <a href="/privacy.txt" target="_blank" rel="privacy-policy">
          {text.privacy}
        </a>
      </footer>
    </main>
  );
}

const pageTitle = (text: OptionsText) => text.options.title;

export function OptionsApp() {
  const effective = useEffectiveSettings();
  const session = useStoredValue(STORED.session, parseSession);
  const snoozedUntil = useStoredValue(STORED.snoozedUntil, parseMoment);
  const busy = <main aria-busy="true" />;
  if (!effective || session === undefined || snoozedUntil === undefined) return busy;
  // A sign-in on another origin than the policy's server is not used there: sign in again.
  const usable = session && connectionTargetFor(session, policyApiBaseUrl(effective)) ? session : null;
  return (
    <OptionsWordsProvider setting={effective.settings.language} title={pageTitle} loading={busy}>
      <PolicyProvider value={effective.locked}>
        <OptionsPage effective={effective} session={usable} snoozedUntil={snoozedUntil} />
      </PolicyProvider>
    </OptionsWordsProvider>
  );
}
