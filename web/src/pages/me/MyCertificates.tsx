import { useTranslation } from 'react-i18next';
import { ApiError } from '../../components/ApiError';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { CertificateCard } from './CertificateCard';

export const MyCertificates_learner = graphql(`
  fragment MyCertificates_learner on Learner {
    id
    certificates {
      id
      ...CertificateCard_certificate
    }
  }
`);

/** The resident's certificates, newest first. */
export function MyCertificates(props: {
  learner: FragmentType<typeof MyCertificates_learner>;
  error?: unknown;
}) {
  const { t } = useTranslation(['account', 'common']);
  const { certificates } = getFragmentData(MyCertificates_learner, props.learner);
  return (
    <section className="me-section" aria-labelledby="me-certificates-heading">
      <h2 id="me-certificates-heading">{t('me.certificates.heading')}</h2>
      {!certificates && <ApiError error={props.error} message={t('common:errors.unavailable')} />}
      {certificates?.length === 0 && <p>{t('me.certificates.none')}</p>}
      {certificates && certificates.length > 0 && (
        <ul className="card-grid">
          {certificates.map((certificate) => (
            <li key={certificate.id}>
              <CertificateCard certificate={certificate} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
