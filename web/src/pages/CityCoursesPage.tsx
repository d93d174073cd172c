import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { type ReactNode, useCallback, useId, useState } from 'react';
import { CourseList } from '../components/CourseList';
import { ErrorState } from '../components/ErrorState';
import { FeaturedContents } from '../components/FeaturedContents';
import { PageFrame } from '../components/PageFrame';
import { CITY_ID, MAX_PAGE_SIZE, PAGE_SIZE } from '../config';
import { graphql } from '../generated';
import { useCityTheme } from '../hooks/useCityTheme';
import { toGraphQLLocale, useLocale, useT } from '../i18n';

/**
 * The page's one query: the city's site settings (learners), its featured contents (content) and its
 * courses open for application (courses), a page at a time. It spans three services, so it takes
 * partial answers (`errorPolicy: 'all'`): a service that is down costs only its own part of the page.
 */
export const CityCoursesPageQuery = graphql(`
  query CityCoursesPage($cityId: ID!, $locale: Locale!, $first: Int!, $after: String) {
    city(id: $cityId) {
      id
      ...CityTheme_city
      ...SiteHeader_city
      ...FeaturedContents_city
    }
    courses(filter: { cityId: $cityId, openForApplication: true }, first: $first, after: $after) {
      pageInfo {
        endCursor
      }
      edges {
        cursor
      }
      ...CourseList_connection
    }
  }
`);

export function CityCoursesPage() {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const [showMoreError, setShowMoreError] = useState<unknown>(undefined);

  // The language the list was requested in, and how many courses to ask for: switching languages asks
  // again for as many courses as were on screen (up to the API's limit), so nobody loses their place.
  const [request, setRequest] = useState({ locale, first: PAGE_SIZE });

  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(CityCoursesPageQuery, {
    variables: { cityId: CITY_ID, locale: toGraphQLLocale(request.locale), first: request.first },
    notifyOnNetworkStatusChange: true,
    errorPolicy: 'all',
  });

  // While another language loads, keep showing the page as it was rather than a blank one.
  const view = data ?? previousData;
  if (request.locale !== locale) {
    const shown = view?.courses.edges.length ?? 0;
    setRequest({ locale, first: Math.min(MAX_PAGE_SIZE, Math.max(PAGE_SIZE, shown)) });
  }
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const endCursor = view?.courses.pageInfo.endCursor ?? null;

  useCityTheme(view?.city, t.appName);

  const showMore = useCallback(async () => {
    if (loadingMore || endCursor === null) return;
    setShowMoreError(undefined);
    try {
      // Only the courses matter here: a next page whose featured contents are missing is still a page.
      const result = await fetchMore({
        variables: { after: endCursor, first: PAGE_SIZE },
        errorPolicy: 'all',
      });
      if (!result.data) setShowMoreError(result.error);
    } catch (caught) {
      setShowMoreError(caught);
    }
  }, [loadingMore, endCursor, fetchMore]);

  const retry = useCallback(() => {
    setShowMoreError(undefined);
    refetch().catch(() => {
      // the error is shown through the query's `error`
    });
  }, [refetch]);

  let content: ReactNode;
  if (error && !data) {
    // Nothing arrived (the courses service is down, or the network): there is no list to show.
    content = <ErrorState error={error} onRetry={retry} />;
  } else if (!view) {
    content = (
      <p className="loading" role="status">
        {t.courses.loading}
      </p>
    );
  } else if (!view.city && !error) {
    // No city and no error: this build's city id is not a city. (With an error, the city's service
    // did not answer: the courses still show, under the platform's name.)
    content = <ErrorState message={t.error.cityNotFound(CITY_ID)} />;
  } else {
    content = (
      <CourseList
        connection={view.courses}
        headingId={headingId}
        onShowMore={showMore}
        loadingMore={loadingMore}
        showMoreError={showMoreError}
      />
    );
  }

  return (
    <PageFrame
      city={view?.city}
      headingId={headingId}
      heading={t.courses.heading}
      busy={networkStatus === NetworkStatus.loading}
    >
      {content}
      {view?.city && <FeaturedContents city={view.city} error={error} />}
    </PageFrame>
  );
}
