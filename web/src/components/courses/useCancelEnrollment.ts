import { useMutation } from '@apollo/client/react';
import { graphql } from '../../generated';

const CancelEnrollmentMutation = graphql(`
  mutation CourseCancelEnrollment($enrollmentId: ID!) {
    cancelEnrollment(enrollmentId: $enrollmentId) {
      ...CourseEnrollment_enrollment
      course {
        ...CourseSeats_course
      }
    }
  }
`);

/** Cancels the resident's application; the answer updates the course's seats and enrollment in the cache. */
export function useCancelEnrollment(refetchQueries: readonly string[] = []) {
  // As for applying: the seat counts are asked again after the answer.
  const [mutate, result] = useMutation(CancelEnrollmentMutation, {
    refetchQueries: [...refetchQueries],
    awaitRefetchQueries: true,
  });
  async function cancel(enrollmentId: string) {
    const answer = await mutate({ variables: { enrollmentId } });
    return answer.data?.cancelEnrollment ?? null;
  }
  return { cancel, ...result };
}
