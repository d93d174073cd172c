import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../hooks/usePageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <section className="page page--message" aria-labelledby="not-found-title" data-testid="not-found">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p className="actions">
        <Link to="/" className="button">
          {t('notFound.home')}
        </Link>
        <Link to="/courses" className="button button--secondary">
          {t('notFound.courses')}
        </Link>
      </p>
    </section>
  );
}
