import type { Context } from '../context.ts';
import type { EnrollmentRow } from '../db/schema.ts';
import { managesCity, seesApplicants } from '../rules/access.ts';
import { attendanceRate } from '../rules/completion.ts';

/** The learner, their city's staff, the course's instructors and admins; nobody else. */
async function mayRead(enrollment: EnrollmentRow, ctx: Context): Promise<boolean> {
  if (!ctx.caller) return false;
  if (enrollment.learnerId === ctx.caller.id || managesCity(ctx.caller, enrollment.cityId)) return true;
  const course = await ctx.loaders.courseById.load(enrollment.courseId);
  return !!course && seesApplicants(ctx.caller, course);
}

export const Enrollment = {
  __resolveReference: async (ref: { id: string }, ctx: Context) => {
    const enrollment = await ctx.loaders.enrollmentById.load(ref.id);
    return enrollment && (await mayRead(enrollment, ctx)) ? enrollment : null;
  },
  course: (e: EnrollmentRow, _: unknown, ctx: Context) => ctx.loaders.courseById.load(e.courseId),
  learner: (e: EnrollmentRow) => ({ __typename: 'Learner', id: e.learnerId }),
  attendanceRate: async (e: EnrollmentRow, _: unknown, ctx: Context) => {
    const now = new Date();
    const sessions = await ctx.loaders.sessionsByCourse.load(e.courseId);
    return attendanceRate(
      await ctx.loaders.attendedByEnrollment.load(e.id),
      sessions.filter((s) => s.startsAt <= now).length,
    );
  },
};
