import { useCallback, useState } from 'react';
import { GRAPHQL_URL } from '../config';
import { downloadWithToken } from '../lib/session';
import { gatewayUrl } from '../lib/urls';

export interface DownloadableCertificate {
  number: string;
  pdfPath: string;
}

/** Saves a certificate's PDF, which the gateway gives only to its holder (their token); `failed` after an error. */
export function useCertificateDownload(token: string) {
  const [failed, setFailed] = useState(false);
  const download = useCallback(
    (certificate: DownloadableCertificate) => {
      setFailed(false);
      const url = gatewayUrl(certificate.pdfPath, GRAPHQL_URL, window.location.href);
      downloadWithToken(url, token, `${certificate.number}.pdf`).catch(() => setFailed(true));
    },
    [token],
  );
  return { download, failed };
}
