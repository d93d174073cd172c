import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../components/ApiError';
import { Field } from '../../components/account/Field';
import { fieldErrorOf } from '../../components/account/fieldError';
import { useFieldMessage } from '../../components/account/fieldMessages';
import { PasswordError } from '../../components/account/PasswordError';
import { PasswordField } from '../../components/account/PasswordField';
import { type FragmentType, getFragmentData, graphql } from '../../generated';

export const AccountEmail_learner = graphql(`
  fragment AccountEmail_learner on Learner {
    id
    email
    emailVerified
  }
`);

const AccountEmailRequestChange = graphql(`
  mutation AccountEmailRequestChange($newEmail: String!, $password: String!) {
    requestEmailChange(newEmail: $newEmail, password: $password)
  }
`);

const AccountEmailResend = graphql(`
  mutation AccountEmailResend {
    resendVerificationEmail
  }
`);

const normalized = (email: string) => email.trim().toLowerCase();

/**
 * The account's address, whether it is confirmed, and changing it: the new address gets a link,
 * and the account keeps its address until that link is opened (the verify-email page).
 */
export function AccountEmail(props: { learner: FragmentType<typeof AccountEmail_learner> }) {
  const { t } = useTranslation(['account', 'common']);
  const learner = getFragmentData(AccountEmail_learner, props.learner);
  const fieldMessage = useFieldMessage();
  const [open, setOpen] = useState(false);
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [same, setSame] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading, error, reset }] = useMutation(AccountEmailRequestChange);
  const [resend, resent] = useMutation(AccountEmailResend);
  const refused = fieldErrorOf(error);
  const current = learner.email ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    // The service refuses it too; said here at once.
    const sameAddress = normalized(newEmail) === normalized(current);
    setSame(sameAddress);
    if (sameAddress) return;
    try {
      const { data } = await request({ variables: { newEmail, password } });
      if (!data?.requestEmailChange) return;
    } catch {
      return; // shown below
    }
    setSentTo(normalized(newEmail));
    close();
  };

  const close = () => {
    setOpen(false);
    setNewEmail('');
    setPassword('');
    setSame(false);
    reset();
  };

  const emailError = same
    ? t('me.email.same')
    : refused?.field === 'newEmail'
      ? refused.code === 'CONFLICT'
        ? t('errors.emailTaken')
        : t('errors.email')
      : undefined;

  return (
    <div className="me-subsection" data-testid="account-email">
      <h3>{t('me.email.heading')}</h3>
      <p>
        <span data-testid="account-email-address">{current}</span>{' '}
        <span
          className={learner.emailVerified ? 'tag' : 'tag tag--accent'}
          data-testid="account-email-verified"
          data-verified={learner.emailVerified ? 'true' : 'false'}
        >
          {learner.emailVerified ? t('me.email.verified') : t('me.email.unverified')}
        </span>
      </p>
      {!learner.emailVerified && (
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            disabled={resent.loading}
            onClick={() => void resend().catch(() => {})}
          >
            {t('me.email.resend')}
          </button>
        </div>
      )}
      <div role="status">
        {resent.data?.resendVerificationEmail && (
          <p className="notice notice--success">{t('me.email.resent', { email: current })}</p>
        )}
        {sentTo && (
          <p className="notice notice--success" data-testid="email-change-sent">
            {t('me.email.sent', { email: sentTo, current })}
          </p>
        )}
      </div>
      {resent.error && <ApiError error={resent.error} />}
      {!open && (
        <div className="actions">
          <button
            type="button"
            className="button button--secondary"
            data-testid="change-email"
            onClick={() => {
              setSentTo(null);
              setOpen(true);
            }}
          >
            {t('me.email.change')}
          </button>
        </div>
      )}
      {open && (
        <form className="form notice" onSubmit={submit} noValidate data-testid="change-email-form">
          <p>{t('me.email.explain')}</p>
          <Field label={t('me.email.newEmail')} error={emailError}>
            {(control) => (
              <input
                {...control}
                type="email"
                inputMode="email"
                autoComplete="email"
                spellCheck={false}
                value={newEmail}
                onChange={(e) => setNewEmail(e.target.value)}
                required
                data-testid="new-email"
              />
            )}
          </Field>
          <PasswordField
            label={t('fields.password')}
            error={refused?.field === 'password' ? fieldMessage(refused) : undefined}
            purpose="current"
            value={password}
            onChange={setPassword}
          />
          {error && !refused && <PasswordError error={error} />}
          <div className="actions">
            <button
              type="submit"
              className="button"
              data-testid="change-email-submit"
              disabled={loading || newEmail.trim() === '' || password === ''}
            >
              {loading ? t('me.email.sending') : t('me.email.submit')}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {t('me.email.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
