// The fields of a course and of an applicant the staff page shows: the page's query and every
// action's answer select the same, so an action's answer updates the whole page.
import { graphql } from '../../generated';

export const StaffTermCourseFragment = graphql(`
  fragment StaffTerm_course on Course {
    id
    title(locale: $locale)
    city {
      id
      name(locale: $locale)
    }
    status
    selection
    eligibility
    format
    capacity
    seatsTaken
    seatsLeft
    waitlistCount
    applicationOpensAt
    applicationClosesAt
    startsAt
    endsAt
    minAttendanceRate
    lotterySeed
    contentIds
    venue {
      id
      name
    }
    sessions {
      id
      startsAt
      endsAt
      format
    }
  }
`);

export const StaffTermApplicantFragment = graphql(`
  fragment StaffTermApplicant_enrollment on Enrollment {
    id
    status
    waitlistPosition
    appliedAt
    attendanceRate
    learner {
      id
      displayName
      email
      emailVerified
      residence {
        id
        name(locale: $locale)
      }
    }
  }
`);
