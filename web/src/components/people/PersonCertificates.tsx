import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useLocale } from '../../i18n';
import { formatDate } from '../../lib/format';
import { RevokeCertificateForm } from './RevokeCertificateForm';
import { RevokedNotice } from './RevokedNotice';
import type { RevokedCertificate } from './useRevokeCertificate';

export const PersonCertificatesFragment = graphql(`
  fragment PersonCertificates_learner on Learner {
    id
    certificates {
      id
      number
      courseTitle
      issuedAt
      revokedAt
      revocationReason
      city {
        id
        name(locale: $locale)
      }
    }
  }
`);

/** A person's certificates, newest first; a valid one can be revoked, with a reason and a confirm step. */
export function PersonCertificates(props: { learner: FragmentType<typeof PersonCertificatesFragment> }) {
  const learner = getFragmentData(PersonCertificatesFragment, props.learner);
  const { t } = useTranslation('admin');
  const { locale } = useLocale();
  const [revoking, setRevoking] = useState<string | null>(null);
  const [revoked, setRevoked] = useState<RevokedCertificate | null>(null);
  const certificates = learner.certificates;

  return (
    <section className="people-section" aria-labelledby="person-certificates-title">
      <h3 id="person-certificates-title">{t('people.certificates.title')}</h3>
      <RevokedNotice revoked={revoked} />
      {certificates === null ? (
        <p className="notice">{t('people.certificates.unavailable')}</p>
      ) : certificates.length === 0 ? (
        <p className="muted">{t('people.certificates.none')}</p>
      ) : (
        <ul className="people-certificates">
          {certificates.map((certificate) => (
            <li
              key={certificate.id}
              className="card people-certificate"
              data-testid="person-certificate"
              data-certificate={certificate.id}
              data-revoked={certificate.revokedAt ? 'true' : 'false'}
            >
              <p className="people-certificate__title">{certificate.courseTitle}</p>
              <dl className="people-facts">
                <div>
                  <dt>{t('people.certificates.number')}</dt>
                  <dd>
                    <Link to={`/verify/${encodeURIComponent(certificate.number)}`}>{certificate.number}</Link>
                  </dd>
                </div>
                <div>
                  <dt>{t('people.certificates.city')}</dt>
                  <dd>{certificate.city.name}</dd>
                </div>
                <div>
                  <dt>{t('people.certificates.issuedAt')}</dt>
                  <dd>{formatDate(certificate.issuedAt, locale)}</dd>
                </div>
                <div>
                  <dt>{t('people.certificates.status')}</dt>
                  <dd data-testid="certificate-status">
                    {certificate.revokedAt
                      ? t('people.certificates.revokedOn', {
                          date: formatDate(certificate.revokedAt, locale),
                        })
                      : t('people.certificates.valid')}
                  </dd>
                </div>
                {certificate.revokedAt && certificate.revocationReason && (
                  <div>
                    <dt>{t('people.certificates.reason')}</dt>
                    <dd>{certificate.revocationReason}</dd>
                  </div>
                )}
              </dl>
              {!certificate.revokedAt &&
                (revoking === certificate.id ? (
                  <RevokeCertificateForm
                    number={certificate.number}
                    onRevoked={(certificate) => {
                      setRevoking(null);
                      setRevoked(certificate);
                    }}
                    onCancel={() => {
                      setRevoking(null);
                      window.setTimeout(() =>
                        document
                          .querySelector<HTMLElement>(
                            `[data-certificate="${certificate.id}"] [data-testid="revoke-certificate"]`,
                          )
                          ?.focus(),
                      );
                    }}
                  />
                ) : (
                  <div className="actions">
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={t('people.certificates.revokeNamed', { number: certificate.number })}
                      onClick={() => setRevoking(certificate.id)}
                      data-testid="revoke-certificate"
                    >
                      {t('people.certificates.revoke')}
                    </button>
                  </div>
                ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
