import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { useCertificateDownload } from './useCertificateDownload';
import { useHours } from './useHours';
import { verificationAddress } from './verificationAddress';

export const CertificateCard_certificate = graphql(`
  fragment CertificateCard_certificate on Certificate {
    id
    number
    courseTitle
    courseTitleEn
    category
    hours
    issuedAt
    revokedAt
    revocationReason
    verificationCode
    pdfPath
    city {
      id
      name(locale: $locale)
    }
  }
`);

function siteBase(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).toString();
}

/** One certificate: what it certifies, its PDF, and the public address that verifies it. */
export function CertificateCard(props: { certificate: FragmentType<typeof CertificateCard_certificate> }) {
  const { t } = useTranslation(['account', 'common']);
  const { locale } = useLocale();
  const hours = useHours();
  const certificate = getFragmentData(CertificateCard_certificate, props.certificate);
  const { download, state } = useCertificateDownload();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const titleId = useId();
  const address = verificationAddress(certificate.number, certificate.verificationCode, siteBase());
  const title =
    locale !== 'ko' && certificate.courseTitleEn ? certificate.courseTitleEn : certificate.courseTitle;

  const copy = () => {
    navigator.clipboard.writeText(address).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    );
  };

  return (
    <article className="card me-certificate" data-testid="certificate-card" aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      {certificate.revokedAt && (
        <p className="notice notice--error">
          {t('me.certificates.revoked', { date: formatDate(certificate.revokedAt, locale) })}
          {certificate.revocationReason && <> {certificate.revocationReason}</>}
        </p>
      )}
      <dl className="me-facts">
        <div>
          <dt>{t('certificate.number')}</dt>
          <dd data-testid="certificate-number">{certificate.number}</dd>
        </div>
        <div>
          <dt>{t('certificate.city')}</dt>
          <dd>{certificate.city.name}</dd>
        </div>
        <div>
          <dt>{t('certificate.hours')}</dt>
          <dd>
            {hours(certificate.hours)} · {t(`common:category.${certificate.category}`)}
          </dd>
        </div>
        <div>
          <dt>{t('certificate.issuedAt')}</dt>
          <dd>
            <time dateTime={certificate.issuedAt}>{formatDate(certificate.issuedAt, locale)}</time>
          </dd>
        </div>
      </dl>
      <p className="me-certificate__address">
        {t('me.certificates.verifyAddress')}{' '}
        <a href={address} data-testid="verify-link">
          {address}
        </a>
      </p>
      <div className="actions">
        <button
          type="button"
          className="button"
          data-testid="download-pdf"
          aria-describedby={titleId}
          onClick={() => void download(certificate)}
          disabled={state === 'loading'}
        >
          {state === 'loading' ? t('me.certificates.downloading') : t('me.certificates.download')}
        </button>
        <button type="button" className="button button--secondary" onClick={copy} aria-describedby={titleId}>
          {t('me.certificates.copy')}
        </button>
      </div>
      <div role="status">
        {copied === 'yes' && <p>{t('me.certificates.copied')}</p>}
        {copied === 'no' && <p>{t('me.certificates.copyFailed')}</p>}
      </div>
      {state === 'failed' && (
        <p className="notice notice--error" role="alert">
          {t('me.certificates.downloadFailed')}
        </p>
      )}
    </article>
  );
}
