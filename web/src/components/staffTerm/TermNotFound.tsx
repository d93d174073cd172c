import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** No such course, another city's, or one the visitor does not run: the API does not say which. */
export function TermNotFound() {
  const { t } = useTranslation('staffTerm');
  return (
    <div className="page page--message" data-testid="term-not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p className="actions">
        <Link to="/staff" className="button">
          {t('notFound.back')}
        </Link>
      </p>
    </div>
  );
}
