import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useState } from 'react';
import { graphql } from '../../generated';
import { allNodes } from './rosterPages';

const AttendanceRosterPage = graphql(`
  query AttendanceRosterPage($courseId: ID!, $after: String) {
    course(id: $courseId) {
      id
      enrollments(status: ENROLLED, first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            learner {
              id
              displayName
            }
          }
        }
      }
    }
  }
`);

export interface RosterEntry {
  enrollmentId: string;
  learnerId: string;
  displayName: string;
}

export type RosterState =
  | { status: 'loading'; loaded: number; total: number | null }
  | { status: 'ready'; roster: RosterEntry[] }
  | { status: 'notFound' }
  | { status: 'error'; error: unknown };

/**
 * Every ENROLLED learner of a course, page after page (100 at a time, the API's most), so a course
 * of any size fills the sheet. A course the caller may not see answers `notFound`.
 */
export function useAttendanceRoster(courseId: string): [RosterState, () => void] {
  const client = useApolloClient();
  const [state, setState] = useState<RosterState>({ status: 'loading', loaded: 0, total: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    void attempt;
    setState({ status: 'loading', loaded: 0, total: null });
    (async () => {
      const nodes = await allNodes(
        async (after) => {
          const { data } = await client.query({
            query: AttendanceRosterPage,
            variables: { courseId, after },
            fetchPolicy: 'network-only',
          });
          return data?.course?.enrollments ?? null;
        },
        (loaded, total) => {
          if (!cancelled) setState({ status: 'loading', loaded, total });
        },
      );
      if (cancelled) return;
      if (!nodes) {
        setState({ status: 'notFound' });
        return;
      }
      setState({
        status: 'ready',
        roster: nodes.map((node) => ({
          enrollmentId: node.id,
          learnerId: node.learner.id,
          displayName: node.learner.displayName,
        })),
      });
    })().catch((error: unknown) => {
      if (!cancelled) setState({ status: 'error', error });
    });
    return () => {
      cancelled = true;
    };
  }, [client, courseId, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [state, retry];
}
