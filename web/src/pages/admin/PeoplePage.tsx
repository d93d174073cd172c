import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonLookup } from '../../components/people/PersonLookup';
import { RevokeCertificateForm } from '../../components/people/RevokeCertificateForm';
import { RevokedNotice } from '../../components/people/RevokedNotice';
import type { RevokedCertificate } from '../../components/people/useRevokeCertificate';
import { RequireRole } from '../../components/RequireRole';
import { usePageTitle } from '../../hooks/usePageTitle';
import './people.css';

/** The province admin's people desk: find a person by email, grant and revoke roles, revoke certificates. */
export function PeoplePage() {
  return (
    <RequireRole roles={['PROVINCE_ADMIN']}>
      <People />
    </RequireRole>
  );
}

function People() {
  const { t } = useTranslation('admin');
  usePageTitle(t('people.title'));
  const [revoked, setRevoked] = useState<RevokedCertificate | null>(null);
  // A new form after each revocation: the next number starts empty.
  const [formKey, setFormKey] = useState(0);
  return (
    <div className="page people" data-testid="people-page">
      <h1>{t('people.title')}</h1>
      <p>{t('people.intro')}</p>
      <PersonLookup />
      <section className="people-by-number" aria-labelledby="revoke-by-number-title">
        <h2 id="revoke-by-number-title">{t('people.revoke.byNumberTitle')}</h2>
        <p className="muted">{t('people.revoke.byNumberIntro')}</p>
        <RevokedNotice revoked={revoked} />
        <RevokeCertificateForm
          key={formKey}
          onRevoked={(certificate) => {
            setRevoked(certificate);
            setFormKey((key) => key + 1);
          }}
        />
      </section>
    </div>
  );
}
