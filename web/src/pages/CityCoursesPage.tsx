import { gql, NetworkStatus, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { type ReactNode, useCallback, useEffect, useId, useState } from 'react';
import { CourseList, CourseList_connection, type CourseListConnection } from '../components/CourseList';
import { ErrorState } from '../components/ErrorState';
import {
  FeaturedContents,
  FeaturedContents_city,
  type FeaturedContentsCity,
} from '../components/FeaturedContents';
import { PageFrame } from '../components/PageFrame';
import { SiteHeader_city, type SiteHeaderCity } from '../components/SiteHeader';
import { CITY_ID, MAX_PAGE_SIZE, PAGE_SIZE } from '../config';
import { type GraphQLLocale, toGraphQLLocale, useLocale, useT } from '../i18n';
import { accessiblePrimary } from '../lib/color';

export interface CityCoursesPageData {
  city: (SiteHeaderCity & FeaturedContentsCity) | null;
  courses: CourseListConnection;
}

export interface CityCoursesPageVariables {
  cityId: string;
  locale: GraphQLLocale;
  first: number;
  after?: string | null;
}

/** The page's one query: the city's site settings and its courses open for application, a page at a time. */
export const CITY_COURSES_PAGE_QUERY: TypedDocumentNode<CityCoursesPageData, CityCoursesPageVariables> = gql`
  query CityCoursesPage($cityId: ID!, $locale: Locale!, $first: Int!, $after: String) {
    city(id: $cityId) {
      id
      ...SiteHeader_city
      ...FeaturedContents_city
    }
    courses(filter: { cityId: $cityId, openForApplication: true }, first: $first, after: $after) {
      ...CourseList_connection
    }
  }
  ${SiteHeader_city}
  ${FeaturedContents_city}
  ${CourseList_connection}
`;

/** Applies the city's color (made readable under white text) and site name to the whole document. */
function useCityTheme(city: SiteHeaderCity | null | undefined, fallbackTitle: string): void {
  const color = city?.site.primaryColor;
  const title = city?.site.siteName ?? fallbackTitle;

  useEffect(() => {
    if (color === undefined) return;
    document.documentElement.style.setProperty('--city-primary', accessiblePrimary(color));
  }, [color]);

  useEffect(() => {
    document.title = title;
  }, [title]);
}

export function CityCoursesPage() {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const [showMoreError, setShowMoreError] = useState<unknown>(undefined);

  // The language the list was requested in, and how many courses to ask for: switching languages asks
  // again for as many courses as were on screen (up to the API's limit), so nobody loses their place.
  const [request, setRequest] = useState({ locale, first: PAGE_SIZE });

  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(CITY_COURSES_PAGE_QUERY, {
    variables: { cityId: CITY_ID, locale: toGraphQLLocale(request.locale), first: request.first },
    notifyOnNetworkStatusChange: true,
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
      await fetchMore({ variables: { after: endCursor, first: PAGE_SIZE } });
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
  if (error) {
    content = <ErrorState error={error} onRetry={retry} />;
  } else if (!view) {
    content = (
      <p className="loading" role="status">
        {t.courses.loading}
      </p>
    );
  } else if (!view.city) {
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
      {view?.city && <FeaturedContents city={view.city} />}
    </PageFrame>
  );
}
