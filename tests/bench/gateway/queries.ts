// The four operations the gateway benchmark runs: what the city site asks on its busiest pages.
export const operations = {
  /** The public catalog page: a city's courses open for application, with venue, contents and city. */
  catalog: `query CatalogPage($cityId: ID!) {
  courses(filter: { cityId: $cityId, openForApplication: true }, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id title category format capacity seatsLeft waitlistCount selection
      applicationClosesAt startsAt endsAt totalHours
      venue { id name dong }
      city { id name }
      contents { id title kind durationMinutes }
    } }
  }
}`,
  /** Reference data: every city and county of the province. */
  cities: '{ cities { id name } }',
  /** One course's page, as a resident opens it to apply. */
  course: `query CoursePage($id: ID!) {
  course(id: $id) {
    id title description category format capacity seatsTaken seatsLeft waitlistCount selection
    applicationOpensAt applicationClosesAt startsAt endsAt totalHours minAttendanceRate status
    sessions { id startsAt endsAt format }
    venue { id name address dong }
    city { id name }
    contents { id title kind durationMinutes }
  }
}`,
  /** A signed-in resident's own page: their enrollments and transcript. */
  me: `{
  me {
    displayName
    enrollments { id status waitlistPosition course { id title startsAt } }
    transcript { totalHours }
  }
}`,
} as const;

export type OperationName = keyof typeof operations;
export const operationNames = Object.keys(operations) as OperationName[];
/** Operations that need a signed-in caller. */
export const signedIn: ReadonlySet<OperationName> = new Set(['me']);
