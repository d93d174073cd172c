// "Show more" on a course's applicants: the next page goes after the pages shown, once each.

interface Page<E extends { cursor: string }> {
  course: {
    enrollments: { edges: E[]; pageInfo: unknown; totalCount: number };
  } | null;
}

/** `previous` with the edges of `next` appended (none twice) and `next`'s page info and count. */
export function mergePages<E extends { cursor: string }, P extends Page<E>>(previous: P, next: P): P {
  if (!previous.course || !next.course) return next.course ? next : previous;
  const seen = new Set(previous.course.enrollments.edges.map((edge) => edge.cursor));
  return {
    ...next,
    course: {
      ...next.course,
      enrollments: {
        ...next.course.enrollments,
        edges: [
          ...previous.course.enrollments.edges,
          ...next.course.enrollments.edges.filter((edge) => !seen.has(edge.cursor)),
        ],
      },
    },
  };
}
