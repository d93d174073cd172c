import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { ErrorState } from '../components/ErrorState';
import { PageFrame } from '../components/PageFrame';
import { CITY_ID } from '../config';
import { graphql } from '../generated';
import { labelOf, toGraphQLLocale, useLocale, useT } from '../i18n';
import { formatDate, formatNumber } from '../lib/format';

/**
 * What a certificate's QR code opens: the public answer for one number, and a field to check another.
 * A bare number shows only whether it is valid, with a masked name; the QR code's address carries the
 * certificate's verification code (`?code=`), which shows the whole certificate.
 * The city (learners) and the answer (history) come from two services: the answer shows even when the
 * city's settings do not arrive (`errorPolicy: 'all'`).
 */
export const VerifyCertificatePageQuery = graphql(`
  query VerifyCertificatePage($cityId: ID!, $number: String!, $code: String, $locale: Locale!) {
    city(id: $cityId) {
      id
      site {
        siteName
      }
      ...SiteHeader_city
    }
    verifyCertificate(number: $number, code: $code) {
      valid
      reason
      maskedHolderName
      certificate {
        number
        holderName
        courseTitle
        hours
        category
        issuedAt
        city {
          id
          name(locale: $locale)
        }
      }
    }
  }
`);

export function VerifyCertificatePage({ number }: { number: string }) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const inputId = useId();
  const [typed, setTyped] = useState(number);
  const [code] = useState(() => new URLSearchParams(window.location.search).get('code'));
  const { data, previousData, error, refetch } = useQuery(VerifyCertificatePageQuery, {
    variables: { cityId: CITY_ID, number, code, locale: toGraphQLLocale(locale) },
    errorPolicy: 'all',
  });
  const view = data ?? previousData;

  useEffect(() => {
    document.title = `${t.verify.heading} · ${view?.city?.site.siteName ?? t.appName}`;
  }, [t, view?.city?.site.siteName]);

  const check = (event: FormEvent) => {
    event.preventDefault();
    const next = typed.trim();
    if (next) window.location.assign(`/verify/${encodeURIComponent(next)}`);
  };

  const answer = view?.verifyCertificate;
  const certificate = answer?.certificate;
  return (
    <PageFrame city={view?.city} headingId={headingId} heading={t.verify.heading}>
      {error && !data && <ErrorState error={error} onRetry={() => refetch().catch(() => {})} />}
      {!error && !answer && (
        <p className="loading" role="status">
          {t.verify.checking}
        </p>
      )}
      {answer && (
        <section
          aria-labelledby={headingId}
          className={answer.valid ? 'verification verification--valid' : 'verification verification--invalid'}
          data-testid="verification"
          data-valid={answer.valid}
          role="status"
        >
          <p className="verification__verdict">{answer.valid ? t.verify.valid : t.verify.invalid}</p>
          {answer.reason && <p data-testid="verification-reason">{answer.reason}</p>}
          {!certificate && answer.maskedHolderName && (
            <>
              <dl className="verification__facts">
                <dt>{t.verify.number}</dt>
                <dd>{number}</dd>
                <dt>{t.verify.maskedHolder}</dt>
                <dd data-testid="verification-masked-holder">{answer.maskedHolderName}</dd>
              </dl>
              <p>{t.verify.needsCode}</p>
            </>
          )}
          {certificate && (
            <dl className="verification__facts">
              <dt>{t.verify.number}</dt>
              <dd>{certificate.number}</dd>
              <dt>{t.verify.holder}</dt>
              <dd data-testid="verification-holder">{certificate.holderName}</dd>
              <dt>{t.verify.course}</dt>
              <dd>{certificate.courseTitle}</dd>
              <dt>{t.verify.hours}</dt>
              <dd>
                {t.course.hoursValue(formatNumber(certificate.hours, locale))} ·{' '}
                {labelOf(t.category, certificate.category)}
              </dd>
              <dt>{t.verify.city}</dt>
              <dd>{certificate.city.name}</dd>
              <dt>{t.verify.issuedAt}</dt>
              <dd>
                <time dateTime={certificate.issuedAt}>{formatDate(certificate.issuedAt, locale)}</time>
              </dd>
            </dl>
          )}
        </section>
      )}
      <form className="verification__form" onSubmit={check}>
        <label htmlFor={inputId}>{t.verify.another}</label>
        <input
          id={inputId}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          placeholder="GG-2026-41390-000123"
          autoComplete="off"
          maxLength={64}
        />
        <button type="submit" className="button">
          {t.verify.check}
        </button>
      </form>
    </PageFrame>
  );
}
