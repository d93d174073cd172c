import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { Field } from '../../components/account/Field';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import './account.css';

const ForgotPasswordPageRequest = graphql(`
  mutation ForgotPasswordPageRequest($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

/** Asking for a reset link: the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('forgot.title'));
  const [email, setEmail] = useState('');
  const [request, { data, loading, error }] = useMutation(ForgotPasswordPageRequest);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    request({ variables: { email: email.trim() } }).catch(() => {});
  };

  return (
    <div className="page account-page">
      <h1>{t('forgot.title')}</h1>
      <div role="status">
        {data?.requestPasswordReset && (
          <p className="notice notice--success" data-testid="reset-requested">
            {t('forgot.sent', { email: email.trim() })}
          </p>
        )}
      </div>
      {!data && (
        <form className="form" onSubmit={submit} noValidate>
          <p>{t('forgot.intro')}</p>
          <Field label={t('fields.email')}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                required
              />
            )}
          </Field>
          {error && <ApiError error={error} />}
          <div className="actions">
            <button
              type="submit"
              className="button"
              data-testid="reset-request"
              disabled={loading || !email.trim()}
            >
              {loading ? t('forgot.submitting') : t('forgot.submit')}
            </button>
          </div>
        </form>
      )}
      <p>
        <Link to="/signin">{t('forgot.back')}</Link>
      </p>
    </div>
  );
}
