import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useLocale } from '../../i18n';
import { formatDate, formatNumber } from '../../lib/format';
import { groupEnrollments } from './enrollmentGroups';

export const MyEnrollments_learner = graphql(`
  fragment MyEnrollments_learner on Learner {
    id
    enrollments {
      id
      status
      waitlistPosition
      attendanceRate
      appliedAt
      course {
        id
        title(locale: $locale)
        startsAt
        endsAt
        city {
          id
          name(locale: $locale)
        }
      }
    }
  }
`);

/** The resident's applications, grouped by where they stand; cancelling is on the course's page. */
export function MyEnrollments(props: {
  learner: FragmentType<typeof MyEnrollments_learner>;
  error?: unknown;
}) {
  const { t } = useTranslation(['account', 'common']);
  const { locale } = useLocale();
  const { enrollments } = getFragmentData(MyEnrollments_learner, props.learner);
  const groups = enrollments ? groupEnrollments(enrollments) : [];
  return (
    <section className="me-section" aria-labelledby="me-enrollments-heading">
      <h2 id="me-enrollments-heading">{t('me.enrollments.heading')}</h2>
      {enrollments === null && <ApiError error={props.error} message={t('common:errors.unavailable')} />}
      {enrollments?.length === 0 && (
        <p>
          {t('me.enrollments.none')} <Link to="/courses">{t('me.enrollments.browse')}</Link>
        </p>
      )}
      {groups.map((group) => (
        <div key={group.key} className="me-group">
          <h3>
            {t(`me.enrollments.groups.${group.key}`)} <span className="tag">{group.items.length}</span>
          </h3>
          <ul className="me-list me-list--cards">
            {group.items.map((enrollment) => (
              <li
                key={enrollment.id}
                className="card me-enrollment"
                data-testid="enrollment-row"
                data-status={enrollment.status}
              >
                <Link to={`/courses/${enrollment.course.id}`} className="me-enrollment__title">
                  {enrollment.course.title}
                </Link>
                <p>
                  <span className="tag tag--accent">{t(`enrollmentStatus.${enrollment.status}`)}</span>{' '}
                  {enrollment.status === 'WAITLISTED' && enrollment.waitlistPosition !== null && (
                    <span data-testid="waitlist-position">
                      {t('me.enrollments.waitlistPosition', { position: enrollment.waitlistPosition })}
                    </span>
                  )}
                </p>
                <p className="muted">
                  {enrollment.course.city.name} · {formatDate(enrollment.course.startsAt, locale)} –{' '}
                  {formatDate(enrollment.course.endsAt, locale)}
                </p>
                {enrollment.attendanceRate !== null && (
                  <p data-testid="attendance-rate">
                    {t('me.enrollments.attendance', {
                      rate: formatNumber(Math.round(enrollment.attendanceRate * 100), locale),
                    })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
