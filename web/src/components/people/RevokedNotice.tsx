import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RevokedCertificate } from './useRevokeCertificate';

/** Says a certificate was revoked and where anyone now sees it as invalid; takes focus when it appears. */
export function RevokedNotice({ revoked }: { revoked: RevokedCertificate | null }) {
  const { t } = useTranslation('admin');
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (revoked) notice.current?.focus();
  }, [revoked]);
  return (
    <div role="status" aria-live="polite">
      {revoked && (
        <p ref={notice} tabIndex={-1} className="notice notice--success" data-testid="certificate-revoked">
          <span>{t('people.revoke.done', { number: revoked.number })}</span>{' '}
          <Link to={`/verify/${encodeURIComponent(revoked.number)}`}>{t('people.revoke.openVerify')}</Link>
        </p>
      )}
    </div>
  );
}
