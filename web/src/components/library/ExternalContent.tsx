import { useTranslation } from 'react-i18next';

/**
 * A content that plays at its provider (a GSEEK or K-MOOC lesson page, a document): a link that
 * opens it in a new window. The provider keeps the learner's progress there.
 */
export function ExternalContent({ url, provider }: { url: string; provider: string }) {
  const { t } = useTranslation('library');
  return (
    <div className="player player--external notice">
      <p>
        <a
          className="button"
          href={url}
          target="_blank"
          rel="noopener noreferrer"
          data-testid="open-external"
        >
          {t('player.openAt', { provider })}
          <span className="player__new-window">({t('player.newWindow')})</span>
        </a>
      </p>
      <p>{t('player.providerProgress', { provider })}</p>
    </div>
  );
}
