import { type FragmentType, getFragmentData, graphql } from '../generated';
import { labelOf, useLocale, useT } from '../i18n';
import { formatDate, formatNumber } from '../lib/format';

/** One of the resident's certificates. `$locale` is a variable of the page query. */
export const CertificateCard_certificate = graphql(`
  fragment CertificateCard_certificate on Certificate {
    id
    number
    courseTitle
    hours
    category
    issuedAt
    pdfPath
    verificationUrl
    revokedAt
    city {
      id
      name(locale: $locale)
    }
  }
`);

interface CertificateCardProps {
  certificate: FragmentType<typeof CertificateCard_certificate>;
  onDownload: (certificate: { number: string; pdfPath: string }) => void;
}

export function CertificateCard(props: CertificateCardProps) {
  const t = useT();
  const { locale } = useLocale();
  const certificate = getFragmentData(CertificateCard_certificate, props.certificate);
  return (
    <article className="course-card" data-testid="certificate">
      <h4 className="course-card__title">{certificate.courseTitle}</h4>
      <p>
        {certificate.city.name} · {t.course.hoursValue(formatNumber(certificate.hours, locale))} ·{' '}
        {labelOf(t.category, certificate.category)}
      </p>
      <p>
        {t.verify.number}: <span data-testid="certificate-number">{certificate.number}</span> ·{' '}
        <time dateTime={certificate.issuedAt}>{formatDate(certificate.issuedAt, locale)}</time>
      </p>
      {certificate.revokedAt && <p>{t.verify.invalid}</p>}
      <p>
        <button type="button" className="button" onClick={() => props.onDownload(certificate)}>
          {t.me.downloadPdf}
        </button>{' '}
        <a href={certificate.verificationUrl}>{t.me.verifyLink}</a>
      </p>
    </article>
  );
}
