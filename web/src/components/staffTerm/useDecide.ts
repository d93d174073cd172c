import { useMutation } from '@apollo/client/react';
import { graphql } from '../../generated';
import { useGraphQLLocale } from '../../i18n';

const StaffTermDecide = graphql(`
  mutation StaffTermDecide($id: ID!, $approve: Boolean!, $locale: Locale) {
    decideEnrollment(enrollmentId: $id, approve: $approve) {
      id
      ...StaffTermApplicant_enrollment
      course {
        id
        seatsTaken
        seatsLeft
        waitlistCount
      }
    }
  }
`);

/** Approves or rejects a PENDING applicant of an APPROVAL course; the answer updates the row and the fill. */
export function useDecide(enrollmentId: string) {
  const locale = useGraphQLLocale();
  // The answer's course may be read before the decision: the course's counts are asked again.
  const [decide, { loading, error, reset }] = useMutation(StaffTermDecide, {
    refetchQueries: ['StaffTermCourse'],
  });
  const run = async (approve: boolean) => {
    try {
      await decide({ variables: { id: enrollmentId, approve, locale } });
      return true;
    } catch {
      return false;
    }
  };
  return { decide: run, deciding: loading, error, reset };
}
