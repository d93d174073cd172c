import { useQuery } from '@apollo/client/react';
import { graphql } from '../../generated';
import type { EnrollmentStatus } from '../../generated/graphql';
import { useShowMore } from '../../hooks/useShowMore';
import { useGraphQLLocale } from '../../i18n';
import { hasErrorCode } from '../../lib/errors';
import { mergePages } from './mergePages';

export const PAGE_SIZE = 50;

const StaffTermEnrollments = graphql(`
  query StaffTermEnrollments($id: ID!, $status: EnrollmentStatus, $first: Int, $after: String, $locale: Locale) {
    course(id: $id) {
      id
      enrollments(status: $status, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...StaffTermApplicant_enrollment
          }
        }
      }
    }
  }
`);

/**
 * A course's applicants (of one status, or all), in application order, PAGE_SIZE at a time with
 * "show more". `refused` when the caller may not see them (not staff of the course's city, nor
 * one of its instructors): the API answers that like a missing course.
 */
export function useEnrollmentPages(courseId: string, status: EnrollmentStatus | null) {
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(StaffTermEnrollments, {
    variables: { id: courseId, status, first: PAGE_SIZE, locale: useGraphQLLocale() },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.course?.enrollments;
  // The course's enrollments are not a cache-wide paged list: each page is appended here.
  const more = useShowMore(
    ({ variables }) =>
      fetchMore({
        variables,
        updateQuery: (previous, { fetchMoreResult }) => mergePages(previous, fetchMoreResult),
      }),
    connection?.pageInfo.endCursor,
  );
  const refused =
    !!error && !data?.course && (hasErrorCode(error, 'FORBIDDEN') || hasErrorCode(error, 'NOT_FOUND'));
  return { connection, loading, error, refused, refetch, ...more };
}
