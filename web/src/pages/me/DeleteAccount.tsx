import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldErrorOf } from '../../components/account/fieldError';
import { useFieldMessage } from '../../components/account/fieldMessages';
import { PasswordError } from '../../components/account/PasswordError';
import { PasswordField } from '../../components/account/PasswordField';
import { graphql } from '../../generated';
import { endSession } from '../../lib/session';

const DeleteAccountDelete = graphql(`
  mutation DeleteAccountDelete($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

/** Erasing the account: explained first, then the password, then for good. */
export function DeleteAccount() {
  const { t } = useTranslation(['account', 'common']);
  const navigate = useNavigate();
  const client = useApolloClient();
  const fieldMessage = useFieldMessage();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [remove, { loading, error, reset }] = useMutation(DeleteAccountDelete);
  const refused = fieldErrorOf(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const { data } = await remove({ variables: { password } });
      if (!data?.deleteMyAccount) return;
    } catch {
      return; // shown below
    }
    endSession(false);
    await client.clearStore().catch(() => {});
    // Signed out, this page has already sent the resident to sign in: home instead.
    navigate('/', { replace: true });
  };

  const close = () => {
    setOpen(false);
    setPassword('');
    reset();
  };

  return (
    <div className="me-subsection me-delete">
      <h3>{t('me.delete.heading')}</h3>
      <ul>
        <li>{t('me.delete.erased')}</li>
        <li>{t('me.delete.kept')}</li>
        <li>{t('me.delete.sessions')}</li>
        <li>{t('me.delete.final')}</li>
      </ul>
      {!open && (
        <div className="actions">
          <button
            type="button"
            className="button button--danger"
            data-testid="delete-account"
            onClick={() => setOpen(true)}
          >
            {t('me.delete.start')}
          </button>
        </div>
      )}
      {open && (
        <form className="form notice me-confirm" onSubmit={submit} noValidate>
          <p>{t('me.delete.confirm')}</p>
          <PasswordField
            label={t('fields.password')}
            error={refused ? fieldMessage(refused) : undefined}
            purpose="current"
            value={password}
            onChange={setPassword}
          />
          {error && !refused && <PasswordError error={error} />}
          <div className="actions">
            <button
              type="submit"
              className="button button--danger"
              data-testid="delete-account-confirm"
              disabled={loading || password === ''}
            >
              {t('me.delete.submit')}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {t('me.delete.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
