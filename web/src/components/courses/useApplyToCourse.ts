import { useMutation } from '@apollo/client/react';
import { useRef } from 'react';
import { graphql } from '../../generated';
import { newIdempotencyKey } from './enrollmentRules';

const ApplyToCourseMutation = graphql(`
  mutation CourseApply($courseId: ID!, $idempotencyKey: String) {
    applyToCourse(courseId: $courseId, idempotencyKey: $idempotencyKey) {
      ...CourseEnrollment_enrollment
      course {
        ...CourseSeats_course
      }
    }
  }
`);

/**
 * Applies the signed-in resident. One idempotency key per attempt: a retry after a failure (a lost
 * answer, a timeout) sends the same key, so it cannot make a second application; after an answer
 * the next attempt gets a new key. The answer updates the course's seats and enrollment in the cache.
 */
export function useApplyToCourse(courseId: string, refetchQueries: readonly string[] = []) {
  const key = useRef<string | null>(null);
  // The answer's seat counts may predate the application (the API reads them before it applies):
  // the pages that show seats are asked again, and the answer counts once they are back.
  const [mutate, result] = useMutation(ApplyToCourseMutation, {
    refetchQueries: [...refetchQueries],
    awaitRefetchQueries: true,
  });
  async function apply() {
    key.current ??= newIdempotencyKey();
    const answer = await mutate({ variables: { courseId, idempotencyKey: key.current } });
    key.current = null;
    return answer.data?.applyToCourse ?? null;
  }
  return { apply, ...result };
}
