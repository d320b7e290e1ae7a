import { useState } from 'preact/hooks';
import { useOptionsText } from './optionsWords';
import { inBackground } from '../utils/ui/inBackground';

export interface LoginFields {
  apiBaseUrl: string;
  username: string;
  password: string;
}

/** The sign-in form; its input names are a stable contract for admins' docs and tests. */
export function LoginForm({
  initialApiBaseUrl,
  apiBaseUrlLocked,
  onSubmit,
}: {
  initialApiBaseUrl: string;
  /** The administrator chose the server: shown, not editable. */
  apiBaseUrlLocked: boolean;
  onSubmit(fields: LoginFields): Promise<string | null>;
}) {
  const text = useOptionsText().options;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    setError(
      await onSubmit({
        apiBaseUrl: String(form.get('apiBaseUrl') ?? ''),
        username: String(form.get('username') ?? ''),
        password: String(form.get('password') ?? ''),
      }),
    );
    setBusy(false);
  }

  return (
    <form
      class="login"
      onSubmit={(event) => inBackground(submit(event), 'Signing in')}
      aria-describedby={error ? 'login-error' : undefined}
    >
      <label>
        {text.apiBaseUrl} {apiBaseUrlLocked && <span class="locked-note">{text.setByAdmin}</span>}
        <input
          name="apiBaseUrl"
          type="url"
          dir="ltr"
          required
          readOnly={apiBaseUrlLocked}
          aria-readonly={apiBaseUrlLocked}
          value={apiBaseUrlLocked ? initialApiBaseUrl : undefined}
          defaultValue={apiBaseUrlLocked ? undefined : initialApiBaseUrl}
        />
      </label>
      <label>
        {text.username}
        <input name="username" type="text" dir="ltr" autocomplete="username" required />
      </label>
      <label>
        {text.password}
        <input name="password" type="password" dir="ltr" autocomplete="current-password" required />
      </label>
      {error && (
        <p id="login-error" class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? text.signingIn : text.signIn}
      </button>
    </form>
  );
}
