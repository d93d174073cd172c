import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../generated';
import type { StaffTerm_CourseFragment } from '../../generated/graphql';
import { useLocale } from '../../i18n';
import { formatNumber, formatPercent } from '../../lib/format';
import { ApiError } from '../ApiError';
import { StaffTermApplicantFragment } from './termFragments';
import { type CompletionReason, completionReason } from './termRules';
import { useEnrollmentPages } from './useEnrollmentPages';

/** A finished course: who completed and who did not, and why (attendance against the course's rule). */
export function TermResults({ course }: { course: StaffTerm_CourseFragment }) {
  const { t } = useTranslation('staffTerm');
  const completesByContents = course.format === 'ONLINE' && course.contentIds.length > 0;
  const rule = { minAttendanceRate: course.minAttendanceRate, completesByContents };
  return (
    <section className="staff-term__section" aria-labelledby="term-results-title" data-testid="term-results">
      <h2 id="term-results-title">{t('results.title')}</h2>
      <p>
        {completesByContents
          ? t('results.ruleContents')
          : t('results.rule', { rate: formatPercent(course.minAttendanceRate, useLocale().locale) })}
      </p>
      <div className="staff-term__results">
        <ResultList courseId={course.id} status="COMPLETED" rule={rule} />
        <ResultList courseId={course.id} status="NOT_COMPLETED" rule={rule} />
      </div>
    </section>
  );
}

function ResultList({
  courseId,
  status,
  rule,
}: {
  courseId: string;
  status: 'COMPLETED' | 'NOT_COMPLETED';
  rule: { minAttendanceRate: number; completesByContents: boolean };
}) {
  const { t } = useTranslation('staffTerm');
  const { locale } = useLocale();
  const { connection, error, refetch, showMore, loadingMore, moreError } = useEnrollmentPages(
    courseId,
    status,
  );
  const headingId = `term-results-${status}`;
  const total = connection?.totalCount ?? 0;
  const reasonText = (reason: CompletionReason) =>
    reason.kind === 'contents'
      ? t(status === 'COMPLETED' ? 'results.contentsMet' : 'results.contentsNotMet')
      : t(reason.met ? 'results.met' : 'results.notMet', {
          rate: formatPercent(reason.rate, locale),
          minimum: formatPercent(reason.minimum, locale),
        });
  return (
    <div className="staff-term__result" data-testid={`results-${status}`}>
      <h3 id={headingId}>
        {t(`results.${status}`, { count: total, formatted: formatNumber(total, locale) })}
      </h3>
      {error && <ApiError error={error} onRetry={() => void refetch()} />}
      {connection && connection.edges.length === 0 && <p className="muted">{t('results.nobody')}</p>}
      {connection && connection.edges.length > 0 && (
        <ul aria-labelledby={headingId} className="staff-term__result-list">
          {connection.edges.map((edge) => {
            const enrollment = getFragmentData(StaffTermApplicantFragment, edge.node);
            return (
              <li key={enrollment.id} data-testid="result" data-enrollment-id={enrollment.id}>
                <strong>{enrollment.learner.displayName}</strong>{' '}
                <span data-testid="result-reason">{reasonText(completionReason(enrollment, rule))}</span>
              </li>
            );
          })}
        </ul>
      )}
      {moreError !== undefined && <ApiError error={moreError} onRetry={() => void showMore()} />}
      {connection?.pageInfo.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void showMore()}
          disabled={loadingMore}
        >
          {loadingMore ? t('applicants.loadingMore') : t('results.showMore')}
        </button>
      )}
    </div>
  );
}
