import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData } from '../../generated';
import { useLocale } from '../../i18n';
import { formatDateTime, formatPercent } from '../../lib/format';
import { TermRefusal } from './TermRefusal';
import { StaffTermApplicantFragment } from './termFragments';
import { useDecide } from './useDecide';

/** One applicant: who, from where, how to reach them and whether that address is confirmed (when the access rules allow), where the application stands. */
export function ApplicantRow(props: {
  enrollment: FragmentType<typeof StaffTermApplicantFragment>;
  /** Approve and reject are offered (an APPROVAL course, to its city's staff). */
  decides: boolean;
  onDecided: (name: string, approved: boolean) => void;
}) {
  const enrollment = getFragmentData(StaffTermApplicantFragment, props.enrollment);
  const { t } = useTranslation('staffTerm');
  const { locale } = useLocale();
  const { decide, deciding, error, reset } = useDecide(enrollment.id);
  const [pressed, setPressed] = useState<boolean | null>(null);
  const statusRef = useRef<HTMLSpanElement>(null);
  const nameId = `applicant-${enrollment.id}`;
  const { learner } = enrollment;

  const choose = async (approve: boolean) => {
    reset();
    setPressed(approve);
    if (await decide(approve)) {
      props.onDecided(learner.displayName, approve);
      // The buttons are gone: focus stays on this applicant, at the new status.
      window.setTimeout(() => statusRef.current?.focus());
    }
  };

  return (
    <li
      className="card staff-term__applicant"
      data-testid="applicant"
      data-enrollment-id={enrollment.id}
      data-status={enrollment.status}
    >
      <div className="staff-term__applicant-top">
        <h3 id={nameId} className="staff-term__applicant-name">
          {learner.displayName}
        </h3>
        <span
          ref={statusRef}
          tabIndex={-1}
          className={`tag staff-term__enrollment staff-term__enrollment--${enrollment.status}`}
          data-testid="applicant-status"
        >
          {enrollment.status === 'WAITLISTED' && enrollment.waitlistPosition !== null
            ? t('applicants.waitlisted', { position: enrollment.waitlistPosition })
            : t(`enrollment.${enrollment.status}`)}
        </span>
      </div>
      <dl className="staff-term__applicant-facts">
        <div>
          <dt>{t('applicants.email')}</dt>
          <dd data-testid="applicant-email">
            {learner.email ?? <span className="muted">{t('applicants.emailHidden')}</span>}
          </dd>
        </div>
        {typeof learner.emailVerified === 'boolean' && (
          // Whether mail to the address reaches its owner: an address nobody confirmed may be anyone's.
          <div>
            <dt>{t('applicants.emailStatus')}</dt>
            <dd
              data-testid="applicant-email-verified"
              data-verified={learner.emailVerified ? 'true' : 'false'}
            >
              {learner.emailVerified ? t('applicants.emailVerified') : t('applicants.emailUnverified')}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('applicants.residence')}</dt>
          <dd>{learner.residence.name}</dd>
        </div>
        <div>
          <dt>{t('applicants.appliedAt')}</dt>
          <dd>
            <time dateTime={enrollment.appliedAt}>{formatDateTime(enrollment.appliedAt, locale)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('applicants.attendance')}</dt>
          <dd data-testid="applicant-attendance">
            {enrollment.attendanceRate === null
              ? t('applicants.noSession')
              : formatPercent(enrollment.attendanceRate, locale)}
          </dd>
        </div>
      </dl>
      {props.decides && enrollment.status === 'PENDING' && (
        <div className="actions">
          <button
            type="button"
            className="button"
            data-testid="approve"
            aria-describedby={nameId}
            disabled={deciding}
            onClick={() => void choose(true)}
          >
            {deciding && pressed === true ? t('applicants.approving') : t('applicants.approve')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            data-testid="reject"
            aria-describedby={nameId}
            disabled={deciding}
            onClick={() => void choose(false)}
          >
            {deciding && pressed === false ? t('applicants.rejecting') : t('applicants.reject')}
          </button>
        </div>
      )}
      {error && <TermRefusal error={error} conflict={t('applicants.conflict')} />}
    </li>
  );
}
