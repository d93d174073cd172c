import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { graphql } from '../../generated';
import { callsFor } from './attendanceSheet';

const SaveSessionAttendance = graphql(`
  mutation SaveSessionAttendance($sessionId: ID!, $entries: [AttendanceInput!]!) {
    recordSessionAttendance(sessionId: $sessionId, entries: $entries) {
      id
      attendanceRate
      learner {
        id
      }
    }
  }
`);

export type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'failed'; error: unknown };

/**
 * Saves a session's sheet: one recordSessionAttendance call (all or nothing), split only beyond the
 * API's 1,000 entries a call. `rates` are the learners' attendance rates as the API answered them.
 */
export function useSaveAttendance(sessionId: string) {
  const [record] = useMutation(SaveSessionAttendance);
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [rates, setRates] = useState<ReadonlyMap<string, number | null>>(new Map());

  const save = useCallback(
    async (entries: { learnerId: string; present: boolean }[]) => {
      setState({ status: 'saving' });
      const answered = new Map<string, number | null>();
      try {
        for (const call of callsFor(entries)) {
          const { data } = await record({ variables: { sessionId, entries: call } });
          for (const enrollment of data?.recordSessionAttendance ?? []) {
            answered.set(enrollment.learner.id, enrollment.attendanceRate ?? null);
          }
        }
        setState({ status: 'saved' });
        return true;
      } catch (error) {
        setState({ status: 'failed', error });
        return false;
      } finally {
        // What an earlier slice saved is shown even if a later one failed.
        if (answered.size > 0) setRates((current) => new Map([...current, ...answered]));
      }
    },
    [record, sessionId],
  );

  return { save, state, rates };
}
