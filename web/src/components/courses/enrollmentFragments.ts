import { graphql } from '../../generated';

/** What the course page shows of the resident's own enrollment. */
export const CourseEnrollmentFragment = graphql(`
  fragment CourseEnrollment_enrollment on Enrollment {
    id
    status
    waitlistPosition
    appliedAt
    attendanceRate
  }
`);

/** What an application or a cancellation changes on the course: seats, waitlist, the resident's enrollment. */
export const CourseSeatsFragment = graphql(`
  fragment CourseSeats_course on Course {
    id
    seatsTaken
    seatsLeft
    waitlistCount
    myEnrollment {
      ...CourseEnrollment_enrollment
    }
  }
`);
