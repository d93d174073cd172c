// What courses records in its access log (PIPA): who read or decided on someone else's
// applications. A learner acting on their own applications is not logged.
import { actingRole, type RequestContext } from '@baeumteo/server';

/** What staff, instructors and admins do to learners' applications. */
export type CoursesAccessAction =
  | 'READ_APPLICANTS'
  | 'READ_ENROLLMENTS'
  | 'READ_ENROLLMENT'
  | 'APPROVE_ENROLLMENT'
  | 'REJECT_ENROLLMENT'
  | 'CANCEL_ENROLLMENT'
  | 'DRAW_LOTTERY'
  | 'RECORD_ATTENDANCE'
  | 'FINISH_COURSE'
  /** A staff message sent to the course's applicants. */
  | 'MESSAGE_APPLICANTS';

/** One entry per learner acted on, none for the caller's own; each learner once. */
export function accessEntries(
  request: Pick<RequestContext, 'caller' | 'ip' | 'correlationId'>,
  action: CoursesAccessAction,
  course: { id: string; cityId: string } | null,
  subjectIds: readonly string[],
) {
  return [...new Set(subjectIds)].flatMap((subjectId) => {
    const actorRole = actingRole(request.caller, subjectId);
    if (actorRole === null) return [];
    return [
      {
        subjectId,
        actorId: request.caller?.id ?? null,
        actorRole,
        action,
        courseId: course?.id ?? null,
        cityId: course?.cityId ?? null,
        ip: request.ip,
        correlationId: request.correlationId,
      },
    ];
  });
}
