import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useLocale } from '../../i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { applicationState } from './enrollmentRules';
import './CourseCard.css';

export const CourseCardFragment = graphql(`
  fragment CourseCard_course on Course {
    id
    title(locale: $locale)
    category
    format
    status
    startsAt
    endsAt
    applicationOpensAt
    applicationClosesAt
    capacity
    seatsLeft
    venue {
      id
      name
      dong
    }
  }
`);

/** A course in a list: its title links to the course page; dates, place and seats at a glance. */
export function CourseCard({
  course: masked,
  headingLevel,
}: {
  course: FragmentType<typeof CourseCardFragment>;
  headingLevel: 'h2' | 'h3';
}) {
  const { t } = useTranslation(['courses', 'common']);
  const { locale } = useLocale();
  const course = getFragmentData(CourseCardFragment, masked);
  const Heading = headingLevel;
  const state = applicationState(course, new Date());
  const venue = course.venue;
  // A neighbourhood center's name usually says its dong already.
  const place = venue
    ? venue.dong && !venue.name.includes(venue.dong)
      ? `${venue.name} · ${venue.dong}`
      : venue.name
    : null;
  return (
    <article className="card course-card" data-testid="course-card">
      <Heading className="course-card__title">
        <Link to={`/courses/${course.id}`}>{course.title}</Link>
      </Heading>
      <p className="course-card__tags">
        <span className="tag">{t(`common:category.${course.category}`)}</span>{' '}
        <span className="tag">{t(`common:format.${course.format}`)}</span>{' '}
        <span className={state === 'OPEN' ? 'tag tag--accent' : 'tag'}>{t(`card.application.${state}`)}</span>
      </p>
      <dl className="course-card__facts">
        <div>
          <dt>{t('card.dates')}</dt>
          <dd>
            {formatDate(course.startsAt, locale)} – {formatDate(course.endsAt, locale)}
          </dd>
        </div>
        {place && (
          <div>
            <dt>{t('card.place')}</dt>
            <dd>{place}</dd>
          </div>
        )}
        <div>
          <dt>{t('card.seats')}</dt>
          <dd>
            {t('card.seatsLeft', {
              left: formatNumber(course.seatsLeft, locale),
              capacity: formatNumber(course.capacity, locale),
            })}
          </dd>
        </div>
      </dl>
    </article>
  );
}
