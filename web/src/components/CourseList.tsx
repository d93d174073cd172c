import { type FragmentType, getFragmentData, graphql } from '../generated';
import { useLocale, useT } from '../i18n';
import { formatNumber } from '../lib/format';
import { CourseCard } from './CourseCard';
import { ErrorState } from './ErrorState';

export const CourseList_connection = graphql(`
  fragment CourseList_connection on CourseConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        ...CourseCard_course
      }
    }
  }
`);

interface CourseListProps {
  connection: FragmentType<typeof CourseList_connection>;
  headingId: string;
  onShowMore: () => void;
  loadingMore: boolean;
  showMoreError?: unknown;
}

export function CourseList({
  connection,
  headingId,
  onShowMore,
  loadingMore,
  showMoreError,
}: CourseListProps) {
  const t = useT();
  const { locale } = useLocale();
  const { edges, pageInfo, totalCount } = getFragmentData(CourseList_connection, connection);

  if (edges.length === 0) {
    return (
      <div className="empty-state" data-testid="empty" role="status">
        <p className="empty-state__title">{t.courses.empty}</p>
        <p>{t.courses.emptyHint}</p>
      </div>
    );
  }

  const canShowMore = pageInfo.hasNextPage && pageInfo.endCursor !== null;

  return (
    <>
      <p className="course-summary" role="status">
        {t.courses.summary(formatNumber(edges.length, locale), formatNumber(totalCount, locale))}
      </p>
      <ul className="course-grid" aria-labelledby={headingId}>
        {edges.map(({ cursor, node }) => (
          <li key={cursor}>
            <CourseCard course={node} />
          </li>
        ))}
      </ul>
      {showMoreError !== undefined && (
        <ErrorState error={showMoreError} message={t.error.moreFailed} compact />
      )}
      {canShowMore && (
        <div className="show-more">
          <button
            type="button"
            className="button button--primary"
            data-testid="show-more"
            onClick={onShowMore}
            aria-busy={loadingMore}
            aria-disabled={loadingMore}
          >
            {loadingMore ? t.courses.loadingMore : t.courses.showMore}
          </button>
        </div>
      )}
    </>
  );
}
