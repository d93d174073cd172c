import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** No such course or session, or not one the visitor takes attendance of: the API does not say which. */
export function AttendanceNotFound() {
  const { t } = useTranslation(['staff', 'common']);
  return (
    <div className="page page--message" data-testid="attendance-not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p className="actions">
        <Link to="/" className="button">
          {t('common:notFound.home')}
        </Link>
      </p>
    </div>
  );
}
