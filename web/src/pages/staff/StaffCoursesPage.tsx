import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../components/ApiError';
import { RequireRole } from '../../components/RequireRole';
import { ShowMore } from '../../components/ShowMore';
import { StaffCourseRow } from '../../components/staffCourses/StaffCourseRow';
import { graphql } from '../../generated';
import type { CourseStatus } from '../../generated/graphql';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useShowMore } from '../../hooks/useShowMore';
import { useGraphQLLocale, useLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { theme } from '../../theme';
import './staffCourses.css';

const PAGE_SIZE = 20;
const STATUSES: readonly CourseStatus[] = ['DRAFT', 'OPEN', 'CLOSED', 'IN_PROGRESS', 'FINISHED', 'CANCELLED'];

const StaffCoursesList = graphql(`
  query StaffCoursesList($cityId: ID!, $filter: CourseFilter, $first: Int, $after: String, $locale: Locale) {
    city(id: $cityId) {
      id
      name(locale: $locale)
    }
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
          ...StaffCourseRow_course
        }
      }
    }
  }
`);

/** The staff home of the site's city: its courses (drafts included) and the way to the staff's tools. */
export function StaffCoursesPage() {
  return (
    <RequireRole roles={['CITY_STAFF']} cityId={theme.cityId}>
      <StaffCourses />
    </RequireRole>
  );
}

const isStatus = (value: string): value is CourseStatus => (STATUSES as readonly string[]).includes(value);

function StaffCourses() {
  const { t } = useTranslation(['staffCourses', 'common']);
  const { locale } = useLocale();
  const graphQLLocale = useGraphQLLocale();
  const [status, setStatus] = useState<CourseStatus | ''>('');
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(StaffCoursesList, {
    variables: {
      cityId: theme.cityId,
      filter: { cityId: theme.cityId, ...(status ? { status } : {}) },
      first: PAGE_SIZE,
      locale: graphQLLocale,
    },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const courses = shown?.courses;
  const cityName = shown?.city?.name;
  const heading = cityName ? t('list.heading', { city: cityName }) : t('title');
  usePageTitle(heading);
  const more = useShowMore(fetchMore, courses?.pageInfo.endCursor);
  const { loadingMore } = more;
  const total = courses?.totalCount ?? 0;

  return (
    <div className="page staff-courses" data-testid="staff-courses">
      <h1>{heading}</h1>
      <p>{t('list.intro')}</p>
      <nav aria-label={t('list.toolsLabel')} className="staff-courses__tools">
        <ul>
          <li>
            <Link to="/staff/courses/new" className="button" data-testid="new-course">
              {t('list.newCourse')}
            </Link>
          </li>
          <li>
            <Link to="/staff/venues" className="button button--secondary">
              {t('list.venues')}
            </Link>
          </li>
          <li>
            <Link to="/staff/featured" className="button button--secondary">
              {t('list.featured')}
            </Link>
          </li>
          <li>
            <Link to="/staff/notifications" className="button button--secondary" data-testid="to-undelivered">
              {t('list.undelivered')}
            </Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="staff-courses-heading" className="staff-courses__list">
        <div className="staff-courses__bar">
          <h2 id="staff-courses-heading">{t('list.coursesHeading')}</h2>
          <div className="field staff-courses__filter">
            <label htmlFor="staff-courses-status">{t('list.statusFilter')}</label>
            <select
              id="staff-courses-status"
              value={status}
              onChange={(e) => setStatus(isStatus(e.target.value) ? e.target.value : '')}
              data-testid="status-filter"
            >
              <option value="">{t('list.allStatuses')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <p role="status" className="staff-courses__count">
          {courses
            ? t('list.count', { count: total, formatted: formatNumber(total, locale) })
            : error
              ? ''
              : t('list.loading')}
        </p>
        {error && !courses && <ApiError error={error} onRetry={() => void refetch()} />}
        {courses && courses.edges.length === 0 && !loading && (
          <p className="notice">{status ? t('list.emptyStatus') : t('list.empty')}</p>
        )}
        {courses && courses.edges.length > 0 && (
          <ul
            className="staff-course-list"
            aria-busy={loading && !loadingMore}
            data-testid="staff-course-list"
          >
            {courses.edges.map((edge) => (
              <StaffCourseRow key={edge.node.id} course={edge.node} />
            ))}
          </ul>
        )}
        <ShowMore
          more={more}
          hasNextPage={courses?.pageInfo.hasNextPage}
          label={t('list.showMore')}
          loadingLabel={t('list.loadingMore')}
        />
      </section>
    </div>
  );
}
