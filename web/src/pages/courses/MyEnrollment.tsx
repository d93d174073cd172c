import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { CourseEnrollmentFragment } from '../../components/courses/enrollmentFragments';
import {
  applicationState,
  applyRefusal,
  type EnrollmentStatus,
  isActiveEnrollment,
} from '../../components/courses/enrollmentRules';
import { useApplyToCourse } from '../../components/courses/useApplyToCourse';
import { useCancelEnrollment } from '../../components/courses/useCancelEnrollment';
import { signInPath } from '../../components/RequireSignIn';
import { type FragmentType, getFragmentData, graphql } from '../../generated';
import { useStoredSession } from '../../hooks/useSignedIn';
import { useLocale } from '../../i18n';
import { errorCodeOf, hasErrorCode } from '../../lib/errors';
import { formatDateTime, formatNumber, formatPercent } from '../../lib/format';
import { EnrollmentNextSteps } from './EnrollmentNextSteps';

export const MyEnrollmentFragment = graphql(`
  fragment MyEnrollment_course on Course {
    id
    status
    selection
    eligibility
    applicationOpensAt
    applicationClosesAt
    city {
      id
      name(locale: $locale)
    }
    myEnrollment {
      ...CourseEnrollment_enrollment
    }
    ...EnrollmentNextSteps_course
  }
`);

/** The queries that show this course's seats: asked again after an application or a cancellation. */
const REFRESHED = ['CourseDetail'];

/** The resident's application to the course: where it stands, what happens next, apply and cancel. */
export function MyEnrollment({ course: masked }: { course: FragmentType<typeof MyEnrollmentFragment> }) {
  const { t } = useTranslation(['courses', 'common']);
  const { locale } = useLocale();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const signedIn = useStoredSession() !== null;
  const course = getFragmentData(MyEnrollmentFragment, masked);
  const enrollment = getFragmentData(CourseEnrollmentFragment, course.myEnrollment);
  const applying = useApplyToCourse(course.id, REFRESHED);
  const cancelling = useCancelEnrollment(REFRESHED);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<{ action: 'apply' | 'cancel'; error: unknown } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The "Cancel application" button gives way to the question: the keyboard moves on to its answer.
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const active = isActiveEnrollment(enrollment?.status);
  const windowState = applicationState(course, new Date());
  const here = pathname;

  async function act(
    action: 'apply' | 'cancel',
    run: () => Promise<{ status: EnrollmentStatus; waitlistPosition: number | null } | null>,
  ) {
    setFailure(null);
    setAnnouncement('');
    try {
      const answer = await run();
      if (answer)
        setAnnouncement(t(`enrollment.done.${answer.status}`, { position: answer.waitlistPosition ?? 0 }));
    } catch (error) {
      // The session ended (the API refused the token): sign in again and come back here.
      if (hasErrorCode(error, 'UNAUTHENTICATED')) navigate(signInPath(here));
      else setFailure({ action, error });
    }
  }

  const apply = () =>
    act('apply', async () => {
      const answer = await applying.apply();
      return answer && getFragmentData(CourseEnrollmentFragment, answer);
    });

  const cancel = () =>
    enrollment &&
    act('cancel', async () => {
      const answer = await cancelling.cancel(enrollment.id);
      setConfirming(false);
      return answer && getFragmentData(CourseEnrollmentFragment, answer);
    });

  function failureMessage(action: 'apply' | 'cancel', error: unknown): string | undefined {
    if (action === 'cancel')
      return errorCodeOf(error) === 'CONFLICT' ? t('refusal.notCancellable') : undefined;
    const refusal = applyRefusal(errorCodeOf(error));
    if (refusal === 'notEligible')
      return t(`refusal.notEligible.${course.eligibility}`, { city: course.city.name });
    return refusal ? t(`refusal.${refusal}`) : undefined;
  }

  return (
    <section className="my-enrollment card" aria-labelledby="my-enrollment-heading">
      <h2 id="my-enrollment-heading">{t('enrollment.heading')}</h2>
      {enrollment && (
        <div className="my-enrollment__state">
          <p
            className="my-enrollment__status"
            data-testid="enrollment-status"
            data-status={enrollment.status}
          >
            <span className="muted">{t('enrollment.statusLabel')}</span>{' '}
            <strong>{t(`enrollment.status.${enrollment.status}`)}</strong>
          </p>
          {enrollment.status === 'WAITLISTED' && enrollment.waitlistPosition !== null && (
            <p className="my-enrollment__position" data-testid="waitlist-position">
              {t('enrollment.waitlistPosition', {
                position: formatNumber(enrollment.waitlistPosition, locale),
              })}
            </p>
          )}
          {enrollment.attendanceRate !== null && (
            <p>{t('enrollment.attendance', { rate: formatPercent(enrollment.attendanceRate, locale) })}</p>
          )}
          <p className="muted">
            {t('enrollment.appliedAt', { date: formatDateTime(enrollment.appliedAt, locale) })}
          </p>
          <EnrollmentNextSteps course={course} status={enrollment.status} />
        </div>
      )}

      {!active &&
        (windowState !== 'OPEN' ? (
          <p className="muted">
            {windowState === 'NOT_YET'
              ? t('enrollment.opensOn', { date: formatDateTime(course.applicationOpensAt, locale) })
              : t('enrollment.closed')}
          </p>
        ) : signedIn ? (
          <p className="actions">
            <button
              type="button"
              className="button"
              data-testid="apply"
              disabled={applying.loading}
              onClick={() => void apply()}
            >
              {applying.loading ? t('enrollment.applying') : t('enrollment.apply')}
            </button>
          </p>
        ) : (
          <div className="my-enrollment__signed-out">
            <p>{t('enrollment.signInToApply')}</p>
            <p className="actions">
              <Link className="button" data-testid="apply" to={signInPath(here)}>
                {t('enrollment.signInAndApply')}
              </Link>
              <Link className="button button--secondary" to={`/signup?next=${encodeURIComponent(here)}`}>
                {t('enrollment.signUp')}
              </Link>
            </p>
          </div>
        ))}

      {active && enrollment && (
        <div className="my-enrollment__cancel">
          {confirming ? (
            <div className="notice">
              <p>
                {enrollment.status === 'ENROLLED'
                  ? t('enrollment.cancelQuestionSeat')
                  : t('enrollment.cancelQuestion')}
              </p>
              <p className="actions">
                <button
                  type="button"
                  className="button button--danger"
                  data-testid="confirm-cancel"
                  ref={confirmButton}
                  disabled={cancelling.loading}
                  onClick={() => void cancel()}
                >
                  {cancelling.loading ? t('enrollment.cancelling') : t('enrollment.confirmCancel')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setConfirming(false)}
                >
                  {t('enrollment.keep')}
                </button>
              </p>
            </div>
          ) : (
            <p className="actions">
              <button
                type="button"
                className="button button--secondary"
                data-testid="cancel-enrollment"
                onClick={() => setConfirming(true)}
              >
                {t('enrollment.cancel')}
              </button>
            </p>
          )}
        </div>
      )}

      <p className="my-enrollment__announcement" role="status">
        {announcement}
      </p>
      {failure && (
        <Failure failure={failure} message={failureMessage(failure.action, failure.error)} retry={apply} />
      )}
    </section>
  );
}

/** A failed application or cancellation. Only an attempt that got no answer is worth retrying as is. */
function Failure({
  failure,
  message,
  retry,
}: {
  failure: { action: 'apply' | 'cancel'; error: unknown };
  message: string | undefined;
  retry: () => void;
}) {
  const retryable = failure.action === 'apply' && message === undefined;
  return <ApiError error={failure.error} message={message} onRetry={retryable ? retry : undefined} />;
}
