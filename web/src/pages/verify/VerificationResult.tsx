import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useLocale } from '../../i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { verificationReasonOf } from './verificationReason';

export const VerificationResult_verification = graphql(`
  fragment VerificationResult_verification on CertificateVerification {
    valid
    reason
    maskedHolderName
    certificate {
      id
      number
      holderName
      courseTitle
      courseTitleEn
      category
      hours
      issuedAt
      revokedAt
      city {
        id
        name(locale: $locale)
      }
    }
  }
`);

/** Valid or not, in words and with a mark (never by colour alone), and what the answer may show. */
export function VerificationResult(props: {
  number: string;
  verification: FragmentType<typeof VerificationResult_verification>;
}) {
  const { t } = useTranslation(['account', 'common']);
  const { locale } = useLocale();
  const answer = getFragmentData(VerificationResult_verification, props.verification);
  const certificate = answer.certificate;
  const reason = verificationReasonOf(answer.reason);
  const title =
    certificate && locale !== 'ko' && certificate.courseTitleEn
      ? certificate.courseTitleEn
      : certificate?.courseTitle;
  return (
    <section
      className={`card verify-result verify-result--${answer.valid ? 'valid' : 'invalid'}`}
      data-testid="verification-result"
      data-valid={answer.valid ? 'true' : 'false'}
      aria-labelledby="verify-verdict"
      role="status"
    >
      <h2 id="verify-verdict" className="verify-result__verdict">
        <span className="verify-result__icon" aria-hidden="true">
          {answer.valid ? '✓' : '✕'}
        </span>
        {answer.valid ? t('verify.valid') : t('verify.invalid')}
      </h2>
      {!answer.valid && (
        <p data-testid="verification-reason">{reason ? t(`verify.reasons.${reason}`) : answer.reason}</p>
      )}
      <dl className="verify-facts">
        <div>
          <dt>{t('certificate.number')}</dt>
          <dd>{certificate?.number ?? props.number}</dd>
        </div>
        {certificate ? (
          <>
            <div>
              <dt>{t('certificate.holder')}</dt>
              <dd data-testid="holder-name">{certificate.holderName}</dd>
            </div>
            <div>
              <dt>{t('certificate.course')}</dt>
              <dd>{title}</dd>
            </div>
            <div>
              <dt>{t('certificate.city')}</dt>
              <dd>{certificate.city.name}</dd>
            </div>
            <div>
              <dt>{t('certificate.hours')}</dt>
              <dd>
                {t('hoursValue', {
                  count: certificate.hours,
                  value: formatNumber(certificate.hours, locale),
                })}{' '}
                · {t(`common:category.${certificate.category}`)}
              </dd>
            </div>
            <div>
              <dt>{t('certificate.issuedAt')}</dt>
              <dd>
                <time dateTime={certificate.issuedAt}>{formatDate(certificate.issuedAt, locale)}</time>
              </dd>
            </div>
            <div>
              <dt>{t('certificate.issuer')}</dt>
              <dd>{t('certificate.issuerName', { city: certificate.city.name })}</dd>
            </div>
          </>
        ) : (
          answer.maskedHolderName && (
            <div>
              <dt>{t('certificate.holder')}</dt>
              <dd data-testid="holder-name">{answer.maskedHolderName}</dd>
            </div>
          )
        )}
      </dl>
      {!certificate && answer.valid && <p className="muted">{t('verify.needsCode')}</p>}
    </section>
  );
}
