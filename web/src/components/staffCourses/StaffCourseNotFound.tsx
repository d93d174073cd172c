import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** No such course, or another city's: the API does not say which, and neither does the page. */
export function StaffCourseNotFound() {
  const { t } = useTranslation('staffCourses');
  return (
    <div className="page page--message" data-testid="staff-course-not-found">
      <h1>{t('editor.notFoundTitle')}</h1>
      <p>{t('editor.notFoundBody')}</p>
      <p className="actions">
        <Link to="/staff" className="button">
          {t('editor.back')}
        </Link>
      </p>
    </div>
  );
}
