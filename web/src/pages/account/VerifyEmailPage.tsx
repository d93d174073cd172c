import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useStoredSession } from '../../hooks/useSignedIn';
import { errorCodeOf } from '../../lib/errors';
import './account.css';

const VerifyEmailPageVerify = graphql(`
  mutation VerifyEmailPageVerify($token: String!) {
    verifyEmail(token: $token)
  }
`);

/**
 * The page a verification link opens. The address is confirmed by the button, not by opening the
 * page: mail scanners that open links ahead of the reader would otherwise use the token up.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('verifyEmail.title'));
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  const signedIn = useStoredSession() !== null;
  // A changed address is the account's now: what the pages show of it is read again.
  const [verify, { data, loading, error }] = useMutation(VerifyEmailPageVerify, {
    update: (cache, { data: answered }) => {
      if (answered?.verifyEmail) cache.evict({ id: 'ROOT_QUERY', fieldName: 'me' });
    },
  });
  const answer = data?.verifyEmail;
  const malformed = errorCodeOf(error) === 'BAD_USER_INPUT' || token === '';
  // The link of an email change whose address another account took since it was sent.
  const taken = errorCodeOf(error) === 'CONFLICT';

  return (
    <div className="page account-page">
      <h1>{t('verifyEmail.title')}</h1>
      <div role="status">
        {answer === true && (
          <p className="notice notice--success" data-testid="email-verified">
            {t('verifyEmail.done')}
          </p>
        )}
        {(answer === false || malformed) && (
          <p className="notice notice--error" data-testid="email-not-verified">
            {t('verifyEmail.failed')}
          </p>
        )}
      </div>
      {answer === undefined && !malformed && (
        <>
          <p>{t('verifyEmail.intro')}</p>
          {error && <ApiError error={error} message={taken ? t('verifyEmail.taken') : undefined} />}
          <div className="actions">
            <button
              type="button"
              className="button"
              data-testid="verify-email"
              disabled={loading}
              onClick={() => verify({ variables: { token } }).catch(() => {})}
            >
              {loading ? t('verifyEmail.submitting') : t('verifyEmail.submit')}
            </button>
          </div>
        </>
      )}
      {answer !== undefined || malformed ? (
        <p>
          <Link to={signedIn ? '/me' : '/signin'}>{signedIn ? t('password.back') : t('signIn.title')}</Link>
        </p>
      ) : null}
    </div>
  );
}
