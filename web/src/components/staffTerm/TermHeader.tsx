import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffTerm_CourseFragment } from '../../generated/graphql';
import { useLocale } from '../../i18n';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../lib/format';

/** The course at a glance: status, dates, how full it is, how applicants are chosen, and links. */
export function TermHeader({ course, manages }: { course: StaffTerm_CourseFragment; manages: boolean }) {
  const { t } = useTranslation(['staffTerm', 'common']);
  const { locale } = useLocale();
  const fill = course.capacity > 0 ? course.seatsTaken / course.capacity : 0;
  return (
    <header className="staff-term__header">
      <p className="staff-term__eyebrow">{t('header.eyebrow')}</p>
      <h1>{course.title}</h1>
      <p className="staff-term__status">
        <span
          className={`tag staff-term__status-tag staff-term__status-tag--${course.status}`}
          data-testid="course-status"
        >
          {t(`status.${course.status}`)}
        </span>{' '}
        <span className="tag">{t(`common:format.${course.format}`)}</span>
      </p>
      <dl className="staff-term__facts">
        <div className="staff-term__fact--wide">
          <dt>{t('header.applications')}</dt>
          <dd>
            <time dateTime={course.applicationOpensAt}>
              {formatDateTime(course.applicationOpensAt, locale)}
            </time>
            {' – '}
            <time dateTime={course.applicationClosesAt}>
              {formatDateTime(course.applicationClosesAt, locale)}
            </time>
          </dd>
        </div>
        <div className="staff-term__fact--wide">
          <dt>{t('header.classes')}</dt>
          <dd>
            <time dateTime={course.startsAt}>{formatDate(course.startsAt, locale)}</time>
            {' – '}
            <time dateTime={course.endsAt}>{formatDate(course.endsAt, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('header.fill')}</dt>
          <dd data-testid="course-fill">
            {t('header.fillValue', {
              taken: formatNumber(course.seatsTaken, locale),
              capacity: formatNumber(course.capacity, locale),
              percent: formatPercent(fill, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('header.waitlist')}</dt>
          <dd data-testid="course-waitlist">
            {t('header.people', {
              count: course.waitlistCount,
              formatted: formatNumber(course.waitlistCount, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('header.selection')}</dt>
          <dd>{t(`selection.${course.selection}`)}</dd>
        </div>
        <div>
          <dt>{t('header.completion')}</dt>
          <dd>{t('header.completionRule', { rate: formatPercent(course.minAttendanceRate, locale) })}</dd>
        </div>
        <div className="staff-term__fact--wide">
          <dt>{t('header.eligibility')}</dt>
          <dd>{t(`eligibility.${course.eligibility}`, { city: course.city.name })}</dd>
        </div>
        {course.venue && (
          <div className="staff-term__fact--wide">
            <dt>{t('header.venue')}</dt>
            <dd>{course.venue.name}</dd>
          </div>
        )}
      </dl>
      <nav className="actions staff-term__links" aria-label={t('header.links')}>
        <Link to="/staff" className="button button--secondary">
          {t('header.back')}
        </Link>
        {manages && course.status === 'DRAFT' && (
          <Link
            to={`/staff/courses/${encodeURIComponent(course.id)}/edit`}
            className="button button--secondary"
            data-testid="edit-course"
          >
            {t('header.edit')}
          </Link>
        )}
        {manages && (
          <Link
            to={`/staff/courses/new?from=${encodeURIComponent(course.id)}`}
            className="button button--secondary"
            data-testid="duplicate-course"
          >
            {t('header.duplicate')}
          </Link>
        )}
      </nav>
    </header>
  );
}
