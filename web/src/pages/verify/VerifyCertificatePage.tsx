import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { Field } from '../../components/account/Field';
import { graphql } from '../../generated';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useGraphQLLocale } from '../../i18n';
import { VerificationResult } from './VerificationResult';
import './verify.css';

/**
 * What a certificate's QR code opens. A bare number answers only whether it is valid, with a
 * masked name; the verification code of the QR code's address (`?code=`) shows the whole certificate.
 */
const VerifyCertificatePageQuery = graphql(`
  query VerifyCertificatePage($number: String!, $code: String, $locale: Locale!) {
    verifyCertificate(number: $number, code: $code) {
      ...VerificationResult_verification
    }
  }
`);

export function VerifyCertificatePage() {
  const { t } = useTranslation(['account', 'common']);
  usePageTitle(t('verify.title'));
  const { number = '' } = useParams();
  const [search] = useSearchParams();
  const code = search.get('code');
  const locale = useGraphQLLocale();
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const { data, error, loading, refetch } = useQuery(VerifyCertificatePageQuery, {
    variables: { number, code, locale },
  });

  const check = (event: FormEvent) => {
    event.preventDefault();
    const next = typed.trim();
    if (next) navigate(`/verify/${encodeURIComponent(next)}`);
    setTyped('');
  };

  return (
    <div className="page verify-page">
      <h1>{t('verify.title')}</h1>
      <p>{t('verify.intro')}</p>
      {loading && !data && (
        <p className="loading" role="status">
          {t('verify.checking')}
        </p>
      )}
      {error && !data && <ApiError error={error} onRetry={() => void refetch()} />}
      {data && <VerificationResult number={number} verification={data.verifyCertificate} />}
      <section className="verify-another" aria-labelledby="verify-another-heading">
        <h2 id="verify-another-heading">{t('verify.another')}</h2>
        <form className="form" onSubmit={check}>
          <Field label={t('verify.numberLabel')} hint={t('verify.numberHint')}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                spellCheck={false}
                maxLength={64}
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
              />
            )}
          </Field>
          <div className="actions">
            <button type="submit" className="button" data-testid="verify-submit">
              {t('verify.check')}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
