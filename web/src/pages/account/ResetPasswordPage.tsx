import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fieldErrorOf } from '../../components/account/fieldError';
import { PASSWORD_RULE, useFieldMessage } from '../../components/account/fieldMessages';
import { PasswordError } from '../../components/account/PasswordError';
import { PasswordField } from '../../components/account/PasswordField';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useSession } from '../../hooks/useSession';
import './account.css';

const ResetPasswordPageReset = graphql(`
  mutation ResetPasswordPageReset($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

/** The page a reset link opens: a new password, then every session ends (this browser's too). */
export function ResetPasswordPage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('reset.title'));
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const { session, signOut } = useSession();
  const [password, setPassword] = useState('');
  const [reset, { data, loading, error }] = useMutation(ResetPasswordPageReset);
  const fieldMessage = useFieldMessage();
  const refused = fieldErrorOf(error);
  const badLink = token === '' || data?.resetPassword === false || refused?.field === 'token';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { data: answer } = await reset({ variables: { token, newPassword: password } });
      // Every session of the account ended: this browser's stored one is of no use any more.
      if (answer?.resetPassword && session) await signOut();
    } catch {
      // shown below
    }
  };

  return (
    <div className="page account-page">
      <h1>{t('reset.title')}</h1>
      <div role="status">
        {data?.resetPassword && (
          <p className="notice notice--success" data-testid="password-reset">
            {t('reset.done')}
          </p>
        )}
        {badLink && (
          <p className="notice notice--error" data-testid="reset-link-bad">
            {t('reset.badLink')}
          </p>
        )}
      </div>
      {data?.resetPassword ? (
        <p>
          <Link to="/signin" className="button" data-testid="reset-sign-in">
            {t('signIn.title')}
          </Link>
        </p>
      ) : badLink ? (
        <p>
          <Link to="/account/forgot-password">{t('reset.again')}</Link>
        </p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t('reset.intro')}</p>
          <PasswordField
            label={t('fields.newPassword')}
            hint={t('signUp.passwordHint', PASSWORD_RULE)}
            error={refused?.field === 'newPassword' ? fieldMessage(refused) : undefined}
            purpose="new"
            value={password}
            onChange={setPassword}
          />
          {error && !refused && <PasswordError error={error} />}
          <div className="actions">
            <button type="submit" className="button" data-testid="reset-submit" disabled={loading}>
              {loading ? t('reset.submitting') : t('reset.submit')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
