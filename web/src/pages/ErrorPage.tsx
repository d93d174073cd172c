import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../hooks/usePageTitle';

export function ErrorPage({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('errorPage.title'));
  return (
    <section className="page page--message" aria-labelledby="error-title">
      <h1 id="error-title">{t('errorPage.title')}</h1>
      <p>{t('errorPage.body')}</p>
      <p className="actions">
        <button type="button" className="button" onClick={onRetry}>
          {t('errorPage.retry')}
        </button>
        <Link to="/" className="button button--secondary">
          {t('errorPage.home')}
        </Link>
      </p>
    </section>
  );
}
