import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrollmentStatus, StaffTerm_CourseFragment } from '../../generated/graphql';
import { useLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { ApiError } from '../ApiError';
import { ShowMore } from '../ShowMore';
import { ApplicantRow } from './ApplicantRow';
import { ENROLLMENT_STATUSES } from './termRules';
import { useEnrollmentPages } from './useEnrollmentPages';

/**
 * The course's applicants in application order, filtered by status, 50 at a time; for an APPROVAL
 * course its staff approve or reject each pending one. `onRefused` hears when the caller may not
 * see them (the page then says the course is not found).
 */
export function TermApplicants({
  course,
  manages,
  onRefused,
}: {
  course: StaffTerm_CourseFragment;
  manages: boolean;
  onRefused: () => void;
}) {
  const { t } = useTranslation('staffTerm');
  const { locale } = useLocale();
  const [status, setStatus] = useState<EnrollmentStatus | null>(null);
  const [decided, setDecided] = useState<string | null>(null);
  const { connection, loading, error, refused, refetch, showMore, loadingMore, moreError } =
    useEnrollmentPages(course.id, status);
  useEffect(() => {
    if (refused) onRefused();
  }, [refused, onRefused]);
  const decides = manages && course.selection === 'APPROVAL';
  const total = connection?.totalCount ?? 0;
  const shown = connection?.edges.length ?? 0;

  return (
    <section
      className="staff-term__section"
      aria-labelledby="term-applicants-title"
      data-testid="term-applicants"
    >
      <h2 id="term-applicants-title">{t('applicants.title')}</h2>
      <div className="field staff-term__filter">
        <label htmlFor="applicant-status">{t('applicants.filter')}</label>
        <select
          id="applicant-status"
          data-testid="applicant-filter"
          value={status ?? ''}
          onChange={(event) => setStatus((event.target.value || null) as EnrollmentStatus | null)}
        >
          <option value="">{t('applicants.all')}</option>
          {ENROLLMENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`enrollment.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="staff-term__count" data-testid="applicant-count">
        {connection
          ? t('applicants.count', { count: total, formatted: formatNumber(total, locale) })
          : error
            ? ''
            : t('applicants.loading')}
      </p>
      <div role="status" aria-live="polite" className="staff-term__decided">
        {decided && (
          <p className="notice notice--success" data-testid="decided">
            {decided}
          </p>
        )}
      </div>
      {error && !refused && <ApiError error={error} onRetry={() => void refetch()} />}
      {connection && shown === 0 && !loading && (
        <p className="notice">{status ? t('applicants.noneOfStatus') : t('applicants.none')}</p>
      )}
      {connection && shown > 0 && (
        <ul className="staff-term__applicants" aria-busy={loading && !loadingMore}>
          {connection.edges.map((edge) => (
            <ApplicantRow
              key={edge.node.id}
              enrollment={edge.node}
              decides={decides}
              onDecided={(name, approved) =>
                setDecided(t(approved ? 'applicants.approved' : 'applicants.rejected', { name }))
              }
            />
          ))}
        </ul>
      )}
      <ShowMore
        more={{ showMore, loadingMore, moreError }}
        hasNextPage={connection?.pageInfo.hasNextPage}
        label={t('applicants.showMore', {
          shown: formatNumber(shown, locale),
          total: formatNumber(total, locale),
        })}
        loadingLabel={t('applicants.loadingMore')}
        testId="show-more-applicants"
      />
    </section>
  );
}
