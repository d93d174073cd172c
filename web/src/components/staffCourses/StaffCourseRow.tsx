import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useLocale } from '../../i18n';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../lib/format';

export const StaffCourseRowFragment = graphql(`
  fragment StaffCourseRow_course on Course {
    id
    title(locale: $locale)
    status
    category
    format
    capacity
    seatsTaken
    waitlistCount
    applicationOpensAt
    applicationClosesAt
    startsAt
    endsAt
    venue {
      id
      name
      dong
    }
  }
`);

/** The share of seats taken, 0..1 (a course without seats counts as empty). */
export function fillRate(course: { seatsTaken: number; capacity: number }): number {
  return course.capacity > 0 ? Math.min(1, course.seatsTaken / course.capacity) : 0;
}

/** One of the city's courses, for its staff: where it stands, how full, when; and what to do with it. */
export function StaffCourseRow({ course: masked }: { course: FragmentType<typeof StaffCourseRowFragment> }) {
  const { t } = useTranslation(['staffCourses', 'common']);
  const { locale } = useLocale();
  const id = useId();
  const course = getFragmentData(StaffCourseRowFragment, masked);
  const rate = fillRate(course);
  const path = `/staff/courses/${encodeURIComponent(course.id)}`;
  const venue = course.venue;
  const place = venue
    ? venue.dong && !venue.name.includes(venue.dong)
      ? `${venue.name} · ${venue.dong}`
      : venue.name
    : null;
  const forTitle = <span className="visually-hidden"> {course.title}</span>;
  return (
    <li className="card staff-course" data-testid="staff-course" data-status={course.status}>
      <div className="staff-course__head">
        <h3 id={`${id}-title`} className="staff-course__title">
          <Link to={path}>{course.title}</Link>
        </h3>
        <p className="staff-course__tags">
          <span
            className={`tag staff-course__status staff-course__status--${course.status}`}
            data-testid="staff-course-status"
          >
            {t(`status.${course.status}`)}
          </span>{' '}
          <span className="tag">{t(`common:format.${course.format}`)}</span>{' '}
          <span className="tag">{t(`common:category.${course.category}`)}</span>
        </p>
      </div>
      <dl className="staff-course__facts">
        <div>
          <dt>{t('row.fill')}</dt>
          <dd>
            {t('row.fillValue', {
              taken: formatNumber(course.seatsTaken, locale),
              capacity: formatNumber(course.capacity, locale),
              rate: formatPercent(rate, locale),
            })}
            <progress className="staff-course__bar" max={1} value={rate} aria-hidden="true" />
          </dd>
        </div>
        <div>
          <dt>{t('row.waitlist')}</dt>
          <dd>
            {t('row.waitlistValue', {
              count: course.waitlistCount,
              formatted: formatNumber(course.waitlistCount, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('row.window')}</dt>
          <dd>
            {formatDateTime(course.applicationOpensAt, locale)} –{' '}
            {formatDateTime(course.applicationClosesAt, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('row.dates')}</dt>
          <dd>
            {formatDate(course.startsAt, locale)} – {formatDate(course.endsAt, locale)}
          </dd>
        </div>
        {place && (
          <div>
            <dt>{t('row.place')}</dt>
            <dd>{place}</dd>
          </div>
        )}
      </dl>
      <p className="actions staff-course__actions">
        <Link to={path} className="button button--secondary">
          {t('row.open')}
          {forTitle}
        </Link>
        {course.status === 'DRAFT' && (
          <Link to={`${path}/edit`} className="button button--secondary" data-testid="staff-course-edit">
            {t('row.edit')}
            {forTitle}
          </Link>
        )}
        <Link
          to={`/staff/courses/new?from=${encodeURIComponent(course.id)}`}
          className="button button--secondary"
          data-testid="staff-course-duplicate"
        >
          {t('row.duplicate')}
          {forTitle}
        </Link>
      </p>
    </li>
  );
}
