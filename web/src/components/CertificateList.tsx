import { type FragmentType, getFragmentData, graphql } from '../generated';
import { useCertificateDownload } from '../hooks/useCertificateDownload';
import { useT } from '../i18n';
import { CertificateCard } from './CertificateCard';
import { ErrorState } from './ErrorState';

export const CertificateList_learner = graphql(`
  fragment CertificateList_learner on Learner {
    id
    certificates {
      id
      ...CertificateCard_certificate
    }
  }
`);

interface CertificateListProps {
  learner: FragmentType<typeof CertificateList_learner>;
  /** Sent with each PDF download: the gateway gives a certificate's PDF only to its holder. */
  token: string;
  /** The page query's error: null certificates mean the history service did not answer. */
  error?: unknown;
}

/** The resident's certificates, newest first, each with its PDF and its public verification page. */
export function CertificateList(props: CertificateListProps) {
  const t = useT();
  const { certificates } = getFragmentData(CertificateList_learner, props.learner);
  const { download, failed } = useCertificateDownload(props.token);
  return (
    <>
      <h3>{t.me.certificates}</h3>
      {certificates === null && (
        <ErrorState error={props.error} message={t.me.certificatesUnavailable} compact />
      )}
      {certificates?.length === 0 && <p>{t.me.noCertificates}</p>}
      {failed && <ErrorState message={t.me.downloadFailed} compact />}
      {certificates && certificates.length > 0 && (
        <ul className="course-grid">
          {certificates.map((certificate) => (
            <li key={certificate.id}>
              <CertificateCard certificate={certificate} onDownload={download} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
