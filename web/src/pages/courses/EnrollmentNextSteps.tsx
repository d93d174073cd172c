import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EnrollmentStatus } from '../../components/courses/enrollmentRules';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useLocale } from '../../i18n';
import { formatDateTime, formatPercent } from '../../lib/format';

export const EnrollmentNextStepsFragment = graphql(`
  fragment EnrollmentNextSteps_course on Course {
    id
    selection
    format
    applicationClosesAt
    minAttendanceRate
    sessions {
      id
      startsAt
    }
    venue {
      id
      name
    }
  }
`);

/** "What happens next" for each status of an application, in words. */
export function EnrollmentNextSteps({
  course: masked,
  status,
}: {
  course: FragmentType<typeof EnrollmentNextStepsFragment>;
  status: EnrollmentStatus;
}) {
  const { t } = useTranslation(['courses', 'common']);
  const { locale } = useLocale();
  const course = getFragmentData(EnrollmentNextStepsFragment, masked);
  const now = Date.now();
  const next = course.sessions.find((session) => new Date(session.startsAt).getTime() > now);
  const rate = formatPercent(course.minAttendanceRate, locale);

  function text(): string {
    switch (status) {
      case 'PENDING':
        return course.selection === 'LOTTERY'
          ? t('nextSteps.PENDING_LOTTERY', { date: formatDateTime(course.applicationClosesAt, locale) })
          : t('nextSteps.PENDING_APPROVAL');
      case 'ENROLLED':
        if (!next) return t('nextSteps.ENROLLED_STARTED', { rate });
        return t(course.sessions[0]?.id === next.id ? 'nextSteps.ENROLLED' : 'nextSteps.ENROLLED_NEXT', {
          date: formatDateTime(next.startsAt, locale),
          place: course.venue?.name ?? t('nextSteps.online'),
          rate,
        });
      case 'NOT_COMPLETED':
        return t('nextSteps.NOT_COMPLETED', { rate });
      default:
        return t(`nextSteps.${status}`);
    }
  }

  return (
    <div className="my-enrollment__next" data-testid="next-steps">
      <h3>{t('nextSteps.heading')}</h3>
      <p>{text()}</p>
      <p>
        <Link to="/me">{t('nextSteps.myLearning')}</Link>
      </p>
    </div>
  );
}
