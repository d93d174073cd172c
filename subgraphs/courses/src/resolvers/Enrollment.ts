import type { Context } from '../context.ts';
import type { EnrollmentRow } from '../db/schema.ts';
import type { EnrollmentResolvers } from '../generated/graphql.ts';
import { managesCity, seesApplicants } from '../rules/access.ts';
import { attendanceRate } from '../rules/completion.ts';

/** The learner, their city's staff, the course's instructors and admins; nobody else. */
async function mayRead(enrollment: EnrollmentRow, ctx: Context): Promise<boolean> {
  if (!ctx.caller) return false;
  if (enrollment.learnerId === ctx.caller.id || managesCity(ctx.caller, enrollment.cityId)) return true;
  const course = await ctx.loaders.courseById.load(enrollment.courseId);
  return !!course && seesApplicants(ctx.caller, course);
}

export const Enrollment: EnrollmentResolvers = {
  __resolveReference: async (ref, ctx) => {
    const enrollment = await ctx.loaders.enrollmentById.load(ref.id);
    return enrollment && (await mayRead(enrollment, ctx)) ? enrollment : null;
  },
  // Applications open only after publishing, so an enrollment's course is never a hidden DRAFT.
  course: async (e, _, ctx) => (await ctx.loaders.courseById.load(e.courseId))!,
  learner: (e) => ({ id: e.learnerId }),
  attendanceRate: async (e, _, ctx) => {
    const now = new Date();
    const sessions = await ctx.loaders.sessionsByCourse.load(e.courseId);
    return attendanceRate(
      await ctx.loaders.attendedByEnrollment.load(e.id),
      sessions.filter((s) => s.startsAt <= now).length,
    );
  },
};
