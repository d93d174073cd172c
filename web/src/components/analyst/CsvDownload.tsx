import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphQLUrl } from '../../hooks/useGraphQLUrl';
import { currentToken } from '../../lib/renew';
import { downloadWithToken } from '../../lib/session';
import { gatewayUrl } from '../../lib/urls';
import { type Period, periodDates } from './period';

type State = 'idle' | 'loading' | 'failed';

/** Saves the table as CSV: the gateway serves it to analysts only, so it is fetched with the session's token. */
function useCsvDownload() {
  const graphqlUrl = useGraphQLUrl();
  const [state, setState] = useState<State>('idle');
  const download = useCallback(
    async (csvPath: string, filename: string) => {
      setState('loading');
      try {
        const token = await currentToken(graphqlUrl);
        if (!token) throw new Error('signed out');
        await downloadWithToken(gatewayUrl(csvPath, graphqlUrl, window.location.href), token, filename);
        setState('idle');
      } catch {
        setState('failed');
      }
    },
    [graphqlUrl],
  );
  return { download, state };
}

/** The CSV download of the table shown (aggregates only, as on the page). */
export function CsvDownload({ csvPath, period }: { csvPath: string; period: Period }) {
  const { t } = useTranslation('analyst');
  const { download, state } = useCsvDownload();
  const { first, last } = periodDates(period);
  return (
    <div className="analyst-csv">
      <button
        type="button"
        className="button button--secondary"
        data-testid="download-csv"
        disabled={state === 'loading'}
        onClick={() => void download(csvPath, `province-stats_${first}_${last}.csv`)}
      >
        {state === 'loading' ? t('csv.loading') : t('csv.download')}
      </button>
      <p className="muted">{t('csv.hint')}</p>
      <div role="status" aria-live="polite">
        {state === 'failed' && <p className="notice notice--error">{t('csv.failed')}</p>}
      </div>
    </div>
  );
}
