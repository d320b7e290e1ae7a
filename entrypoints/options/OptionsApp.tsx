import { AlertSettings } from '../../components/AlertSettings';
import { LoginForm, type LoginFields } from '../../components/LoginForm';
import { signIn, verifyToken } from '../../utils/shop/signIn';
import { validateApiBaseUrl } from '../../utils/shop/shopUrls';
import { readSettings, sessionItem, settingsItem, snoozedUntilItem, type Settings } from '../../utils/storage';
import { SERVER_DEFECT_AT_SIGN_IN, SIGN_IN_FAILURE_TEXT } from '../../utils/ui/strings';
import { useStorageItem } from '../../utils/ui/useStorageItem';

/** Signs in and stores the session; returns the error to show, or null on success. */
async function signInWith(fields: LoginFields): Promise<string | null> {
  const url = validateApiBaseUrl(fields.apiBaseUrl);
  if (!url.ok) return SIGN_IN_FAILURE_TEXT[url.reason === 'insecure' ? 'insecureUrl' : 'invalidUrl'];
  const result = await signIn(fetch, url.url, fields.username, fields.password);
  if (!result.ok) return SIGN_IN_FAILURE_TEXT[result.reason];
  const verdict = await verifyToken(fetch, url.url, result.token);
  if (verdict === 'refused') return SERVER_DEFECT_AT_SIGN_IN;
  const now = Date.now();
  await settingsItem.setValue({ ...(await readSettings()), apiBaseUrl: url.url });
  await sessionItem.setValue({
    apiBaseUrl: url.url,
    token: result.token,
    user: result.user,
    signedInAt: now,
    verifiedAt: verdict === 'accepted' ? now : null,
  });
  return null;
}

async function updateSettings(patch: Partial<Settings>): Promise<void> {
  await settingsItem.setValue({ ...(await readSettings()), ...patch });
}

export function OptionsApp() {
  const stored = useStorageItem(settingsItem);
  const session = useStorageItem(sessionItem);
  const snoozedUntil = useStorageItem(snoozedUntilItem);
  if (!stored || session === undefined || snoozedUntil === undefined) return <main aria-busy="true" />;
  // Settings saved by an older version lack newer fields.
  const settings: Settings = { ...settingsItem.fallback, ...stored };

  return (
    <main class="options">
      <h1>إعدادات إشعارات خوام</h1>
      <section aria-labelledby="account-heading">
        <h2 id="account-heading">الحساب</h2>
        {session ? (
          <div class="signed-in">
            <p>
              مسجّل الدخول باسم <strong class="user-name">{session.user.name}</strong> ({session.user.user_type.name_ar})
              على <bdi dir="ltr">{session.apiBaseUrl}</bdi>
            </p>
            <button type="button" onClick={() => void sessionItem.setValue(null)}>
              تسجيل الخروج
            </button>
          </div>
        ) : (
          <LoginForm initialApiBaseUrl={settings.apiBaseUrl} onSubmit={signInWith} />
        )}
      </section>
      <AlertSettings
        settings={settings}
        snoozedUntil={snoozedUntil}
        onChange={(patch) => void updateSettings(patch)}
        onSnooze={(until) => void snoozedUntilItem.setValue(until)}
      />
    </main>
  );
}
