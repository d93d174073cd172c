import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { Field } from '../../components/account/Field';
import { LOCKOUT_MINUTES } from '../../components/account/fieldMessages';
import { PasswordField } from '../../components/account/PasswordField';
import { returnPath } from '../../components/account/returnPath';
import { AccountSession_payload } from '../../components/account/sessionPayload';
import { getFragmentData, graphql } from '../../generated';
import { useFormDraft } from '../../hooks/useFormDraft';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useSession } from '../../hooks/useSession';
import { errorCodeOf } from '../../lib/errors';
import { takeExpiredNote } from '../../lib/session';
import './account.css';

const SignInPageSignIn = graphql(`
  mutation SignInPageSignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...AccountSession_payload
    }
  }
`);

const DRAFT = { email: '' };

/** Signing in, then back to where the resident was (`?next=`), or to My learning. */
export function SignInPage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('signIn.title'));
  // Asked once: the note is cleared as it is read.
  const [expired] = useState(takeExpiredNote);
  const [search] = useSearchParams();
  const next = returnPath(search.get('next'));
  const navigate = useNavigate();
  const { session, signIn } = useSession();
  const [draft, set, clear] = useFormDraft('signin', DRAFT);
  const [password, setPassword] = useState('');
  const [mutate, { loading, error }] = useMutation(SignInPageSignIn);

  if (session) return <Navigate to={next} replace />;

  const code = errorCodeOf(error);
  const message =
    code === 'UNAUTHENTICATED'
      ? t('signIn.wrong')
      : code === 'RATE_LIMITED'
        ? t('signIn.locked', { minutes: LOCKOUT_MINUTES })
        : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await mutate({ variables: { email: draft.email.trim(), password } });
      if (!data) return;
      clear();
      signIn(getFragmentData(AccountSession_payload, data.signIn));
      navigate(next, { replace: true });
    } catch {
      // shown below; the email stays
    }
  };

  const signUpHref = `/signup${next === '/me' ? '' : `?next=${encodeURIComponent(next)}`}`;
  return (
    <div className="page account-page">
      <h1>{t('signIn.title')}</h1>
      {expired && (
        <p className="notice" role="status" data-testid="session-expired">
          {t('common:errors.sessionExpired')}
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <Field label={t('fields.email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              value={draft.email}
              onChange={(e) => set('email', e.target.value)}
              required
            />
          )}
        </Field>
        <PasswordField
          label={t('fields.password')}
          purpose="current"
          value={password}
          onChange={setPassword}
        />
        {error && <ApiError error={error} message={message} />}
        <div className="actions">
          <button type="submit" className="button" data-testid="signin-submit" disabled={loading}>
            {loading ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </div>
      </form>
      <p>
        <Link to="/account/forgot-password" data-testid="forgot-password">
          {t('signIn.forgot')}
        </Link>
      </p>
      <p>
        {t('signIn.noAccount')} <Link to={signUpHref}>{t('signIn.signUp')}</Link>
      </p>
    </div>
  );
}
