import { useId } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../generated';
import { labelOf, useLocale, useT } from '../i18n';
import { formatDate, formatDateTime, formatNumber } from '../lib/format';

/** What a course card shows. `$locale` is a variable of the page query that spreads this fragment. */
export const CourseCard_course = graphql(`
  fragment CourseCard_course on Course {
    id
    title(locale: $locale)
    category
    format
    venue {
      id
      name
      dong
    }
    capacity
    seatsLeft
    applicationClosesAt
    startsAt
    totalHours
  }
`);

export function CourseCard(props: { course: FragmentType<typeof CourseCard_course> }) {
  const course = getFragmentData(CourseCard_course, props.course);
  const t = useT();
  const { locale } = useLocale();
  const titleId = useId();

  const venue = course.venue
    ? course.venue.dong
      ? `${course.venue.name} (${course.venue.dong})`
      : course.venue.name
    : course.format === 'ONLINE' || course.format === 'LIVE'
      ? t.course.venueOnline
      : t.course.venueTbd;

  return (
    <article className="course-card" data-testid="course-card" aria-labelledby={titleId}>
      <h3 className="course-card__title" id={titleId}>
        {course.title}
      </h3>
      <ul className="course-card__tags">
        <li className="tag tag--category">
          <span className="visually-hidden">{t.course.categoryLabel}: </span>
          {labelOf(t.category, course.category)}
        </li>
        <li className="tag tag--format">
          <span className="visually-hidden">{t.course.formatLabel}: </span>
          {labelOf(t.format, course.format)}
        </li>
      </ul>
      <dl className="course-card__facts">
        <div>
          <dt>{t.course.venue}</dt>
          <dd>{venue}</dd>
        </div>
        <div>
          <dt>{t.course.startsAt}</dt>
          <dd>
            <time dateTime={course.startsAt}>{formatDate(course.startsAt, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t.course.applicationClosesAt}</dt>
          <dd>
            <time dateTime={course.applicationClosesAt}>
              {formatDateTime(course.applicationClosesAt, locale)}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t.course.seatsLeft}</dt>
          <dd>
            {t.course.seatsValue(
              formatNumber(course.seatsLeft, locale),
              formatNumber(course.capacity, locale),
            )}
          </dd>
        </div>
        <div>
          <dt>{t.course.totalHours}</dt>
          <dd>{t.course.hoursValue(formatNumber(course.totalHours, locale))}</dd>
        </div>
      </dl>
    </article>
  );
}
