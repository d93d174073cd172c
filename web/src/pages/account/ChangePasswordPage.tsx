import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldErrorOf } from '../../components/account/fieldError';
import { PASSWORD_RULE, useFieldMessage } from '../../components/account/fieldMessages';
import { PasswordError } from '../../components/account/PasswordError';
import { PasswordField } from '../../components/account/PasswordField';
import { AccountSession_payload } from '../../components/account/sessionPayload';
import { RequireSignIn } from '../../components/RequireSignIn';
import { getFragmentData, graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useSession } from '../../hooks/useSession';
import './account.css';

const ChangePasswordPageChange = graphql(`
  mutation ChangePasswordPageChange($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ...AccountSession_payload
    }
  }
`);

export function ChangePasswordPage() {
  return (
    <RequireSignIn>
      <ChangePasswordForm />
    </RequireSignIn>
  );
}

/** A new password ends every other session; this one goes on with the session the answer starts. */
function ChangePasswordForm() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('password.title'));
  const { signIn } = useSession();
  const [current, setCurrent] = useState('');
  const [fresh, setFresh] = useState('');
  const [changed, setChanged] = useState(false);
  const [change, { loading, error, reset }] = useMutation(ChangePasswordPageChange);
  const fieldMessage = useFieldMessage();
  const refused = fieldErrorOf(error);
  const errorFor = (field: string) => (refused?.field === field ? fieldMessage(refused) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    try {
      const { data } = await change({ variables: { currentPassword: current, newPassword: fresh } });
      if (!data) return;
      signIn(getFragmentData(AccountSession_payload, data.changePassword));
      setCurrent('');
      setFresh('');
      reset();
      setChanged(true);
    } catch {
      // shown below
    }
  };

  return (
    <div className="page account-page">
      <h1>{t('password.title')}</h1>
      <p>{t('password.intro')}</p>
      <div role="status">
        {changed && (
          <p className="notice notice--success" data-testid="password-changed">
            {t('password.changed')}
          </p>
        )}
      </div>
      <form className="form" onSubmit={submit} noValidate>
        <PasswordField
          label={t('fields.currentPassword')}
          error={errorFor('currentPassword')}
          purpose="current"
          value={current}
          onChange={setCurrent}
        />
        <PasswordField
          label={t('fields.newPassword')}
          hint={t('signUp.passwordHint', PASSWORD_RULE)}
          error={errorFor('newPassword')}
          purpose="new"
          value={fresh}
          onChange={setFresh}
        />
        {error && !refused && <PasswordError error={error} />}
        {refused && (
          <p className="visually-hidden" role="alert">
            {t('errors.checkFields')}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button" data-testid="password-submit" disabled={loading}>
            {loading ? t('password.submitting') : t('password.submit')}
          </button>
          <Link to="/me" className="button button--secondary">
            {t('password.back')}
          </Link>
        </div>
      </form>
    </div>
  );
}
