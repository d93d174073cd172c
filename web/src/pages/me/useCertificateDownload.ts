import { useCallback, useState } from 'react';
import { useGraphQLUrl } from '../../hooks/useGraphQLUrl';
import { currentToken } from '../../lib/renew';
import { downloadWithToken } from '../../lib/session';
import { gatewayUrl } from '../../lib/urls';

export type DownloadState = 'idle' | 'loading' | 'failed';

/** Saves a certificate's PDF, which the gateway gives only to its holder (with their current token). */
export function useCertificateDownload() {
  const graphqlUrl = useGraphQLUrl();
  const [state, setState] = useState<DownloadState>('idle');
  const download = useCallback(
    async (certificate: { number: string; pdfPath: string }) => {
      setState('loading');
      try {
        const token = await currentToken(graphqlUrl);
        if (!token) throw new Error('signed out');
        const url = gatewayUrl(certificate.pdfPath, graphqlUrl, window.location.href);
        await downloadWithToken(url, token, `${certificate.number}.pdf`);
        setState('idle');
      } catch {
        setState('failed');
      }
    },
    [graphqlUrl],
  );
  return { download, state };
}
