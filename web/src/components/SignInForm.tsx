import { type FormEvent, useId } from 'react';
import { useSignIn } from '../hooks/useSignIn';
import { useT } from '../i18n';
import { ErrorState } from './ErrorState';

/** Email and password; calls `onSignedIn` with the access token once the API accepts them. */
export function SignInForm({ onSignedIn }: { onSignedIn: (token: string) => void }) {
  const t = useT();
  const emailId = useId();
  const passwordId = useId();
  const { signIn, loading, error } = useSignIn();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const token = await signIn(String(form.get('email') ?? ''), String(form.get('password') ?? ''));
    if (token) onSignedIn(token);
  };

  return (
    <form className="sign-in" onSubmit={submit} data-testid="sign-in">
      <label htmlFor={emailId}>{t.me.email}</label>
      <input id={emailId} name="email" type="email" autoComplete="username" required />
      <label htmlFor={passwordId}>{t.me.password}</label>
      <input id={passwordId} name="password" type="password" autoComplete="current-password" required />
      {error && <ErrorState error={error} message={t.me.signInFailed} compact />}
      <button type="submit" className="button" disabled={loading}>
        {t.me.signIn}
      </button>
    </form>
  );
}
