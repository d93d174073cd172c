import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useLocale } from '../../i18n';
import { formatDateTime, formatNumber, formatPercent } from '../../lib/format';

export const CourseFactsFragment = graphql(`
  fragment CourseFacts_course on Course {
    id
    format
    selection
    eligibility
    capacity
    seatsLeft
    waitlistCount
    applicationOpensAt
    applicationClosesAt
    totalHours
    minAttendanceRate
    lotterySeed
    city {
      id
      name(locale: $locale)
    }
    venue {
      id
      name
      address
      dong
    }
  }
`);

/** Who may apply, how seats are given, the seats, the application period, the place, hours and completion. */
export function CourseFacts({ course: masked }: { course: FragmentType<typeof CourseFactsFragment> }) {
  const { t } = useTranslation(['courses', 'common']);
  const { locale } = useLocale();
  const course = getFragmentData(CourseFactsFragment, masked);
  const number = (n: number) => formatNumber(n, locale);
  const closes = formatDateTime(course.applicationClosesAt, locale);
  return (
    <>
      <section aria-labelledby="course-apply-rules" className="course-detail__section">
        <h2 id="course-apply-rules">{t('detail.howToApply')}</h2>
        <p data-testid="eligibility">{t(`eligibility.${course.eligibility}`, { city: course.city.name })}</p>
        <p>
          {course.selection === 'LOTTERY'
            ? t('selection.LOTTERY', { date: closes })
            : course.selection === 'FIRST_COME'
              ? t('selection.FIRST_COME', { count: course.capacity, number: number(course.capacity) })
              : t('selection.APPROVAL')}
        </p>
        <dl className="course-facts">
          <div>
            <dt>{t('detail.applicationPeriod')}</dt>
            <dd>
              <time dateTime={course.applicationOpensAt}>
                {formatDateTime(course.applicationOpensAt, locale)}
              </time>
              {' – '}
              <time dateTime={course.applicationClosesAt}>{closes}</time>
            </dd>
          </div>
          {course.selection === 'LOTTERY' && (
            <div>
              <dt>{t('detail.lotteryDate')}</dt>
              <dd data-testid="lottery-date">
                <time dateTime={course.applicationClosesAt}>{closes}</time>
                {course.lotterySeed && <span className="muted"> · {t('detail.lotteryDrawn')}</span>}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('detail.capacity')}</dt>
            <dd>{t('detail.people', { count: course.capacity, number: number(course.capacity) })}</dd>
          </div>
          <div>
            <dt>{t('detail.seatsLeftLabel')}</dt>
            <dd data-testid="seats-left">
              {course.seatsLeft > 0
                ? t('detail.seatsLeft', { count: course.seatsLeft, number: number(course.seatsLeft) })
                : t('detail.full', { number: number(0) })}
            </dd>
          </div>
          <div>
            <dt>{t('detail.waitlist')}</dt>
            <dd>
              {t('detail.waiting', { count: course.waitlistCount, number: number(course.waitlistCount) })}
            </dd>
          </div>
        </dl>
      </section>
      {course.venue && (
        <section aria-labelledby="course-venue" className="course-detail__section">
          <h2 id="course-venue">{t('detail.venue')}</h2>
          <address className="course-venue">
            <strong>{course.venue.name}</strong>
            <span>{course.venue.address}</span>
            {course.venue.dong && <span>{t('detail.dong', { dong: course.venue.dong })}</span>}
          </address>
        </section>
      )}
      <section aria-labelledby="course-completion" className="course-detail__section">
        <h2 id="course-completion">{t('detail.completion')}</h2>
        <dl className="course-facts">
          <div>
            <dt>{t('detail.totalHours')}</dt>
            <dd>{t('common:units.hours', { count: course.totalHours })}</dd>
          </div>
          <div>
            <dt>{t('detail.completionRule')}</dt>
            <dd>
              {course.format === 'ONLINE'
                ? t('detail.completionOnline')
                : t('detail.completionAttendance', { rate: formatPercent(course.minAttendanceRate, locale) })}
            </dd>
          </div>
        </dl>
      </section>
    </>
  );
}
