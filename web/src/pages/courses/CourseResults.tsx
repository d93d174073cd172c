import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../components/ApiError';
import { CourseCard } from '../../components/courses/CourseCard';
import { PAGE_SIZE } from '../../config';
import { graphql } from '../../generated';
import { useShowMore } from '../../hooks/useShowMore';
import { useGraphQLLocale, useLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { theme } from '../../theme';
import { type CourseSearch, isFiltered, toCourseFilter } from './courseSearch';

const CourseResultsQuery = graphql(`
  query CourseResults($filter: CourseFilter!, $first: Int!, $after: String, $locale: Locale) {
    courses(filter: $filter, first: $first, after: $after) {
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
  }
`);

/** The courses matching the search: how many (announced), the cards, and "show more". */
export function CourseResults({ search, onClear }: { search: CourseSearch; onClear: () => void }) {
  const { t } = useTranslation(['courses', 'common']);
  const { locale } = useLocale();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(CourseResultsQuery, {
    variables: { filter: toCourseFilter(search, theme.cityId), first: PAGE_SIZE, locale: useGraphQLLocale() },
  });
  // While a new search loads, the previous results stay (dimmed) instead of the list jumping away.
  const shown = data ?? previousData;
  const courses = shown?.courses;

  const { showMore, loadingMore, moreError } = useShowMore(fetchMore, courses?.pageInfo.endCursor);

  return (
    <section className="course-results" aria-labelledby="course-results-heading" aria-busy={loading}>
      <h2 id="course-results-heading" className="visually-hidden">
        {t('list.results')}
      </h2>
      <p className="course-results__count" role="status" data-testid="result-count">
        {loading && !loadingMore
          ? t('list.searching')
          : error
            ? ''
            : courses
              ? t('list.count', {
                  count: courses.totalCount,
                  number: formatNumber(courses.totalCount, locale),
                })
              : ''}
      </p>
      {error && !loading ? (
        <ApiError error={error} onRetry={() => void refetch()} />
      ) : !courses ? null : courses.edges.length === 0 ? (
        <div className="notice course-results__empty">
          <p>{isFiltered(search) ? t('list.emptyFiltered') : t('list.empty')}</p>
          {isFiltered(search) && (
            <p>
              <button type="button" className="button button--secondary" onClick={onClear}>
                {t('list.clearFilters')}
              </button>
            </p>
          )}
        </div>
      ) : (
        <>
          <ul className={loading && !loadingMore ? 'card-grid is-stale' : 'card-grid'}>
            {courses.edges.map(({ node }) => (
              <li key={node.id}>
                <CourseCard course={node} headingLevel="h3" />
              </li>
            ))}
          </ul>
          {moreError !== undefined && <ApiError error={moreError} onRetry={() => void showMore()} />}
          {courses.pageInfo.hasNextPage && (
            <p className="course-results__more">
              <button
                type="button"
                className="button button--secondary"
                data-testid="show-more"
                disabled={loadingMore}
                onClick={() => void showMore()}
              >
                {loadingMore ? t('list.loadingMore') : t('list.showMore')}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
