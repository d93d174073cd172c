import { forbidden, pageRequest, toConnection } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { CourseRow } from '../db/schema.ts';
import { type EnrollmentStatus, enrollmentCursor } from '../repo/enrollments.ts';
import { seesApplicants } from '../rules/access.ts';
import { totalHours } from '../rules/hours.ts';
import { type Locale, localized } from '../rules/locale.ts';

type LocaleArgs = { locale?: Locale | null };

export const Course = {
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.courseById.load(ref.id),
  city: (course: CourseRow) => ({ __typename: 'City', id: course.cityId }),
  title: (course: CourseRow, args: LocaleArgs) => localized(course.titleKo, course.titleEn, args.locale),
  description: (course: CourseRow, args: LocaleArgs) =>
    localized(course.descriptionKo, course.descriptionEn, args.locale),
  venue: (course: CourseRow, _: unknown, ctx: Context) =>
    course.venueId ? ctx.loaders.venueById.load(course.venueId) : null,
  seatsLeft: (course: CourseRow) => Math.max(0, course.capacity - course.seatsTaken),
  sessions: (course: CourseRow, _: unknown, ctx: Context) => ctx.loaders.sessionsByCourse.load(course.id),
  myEnrollment: async (course: CourseRow, _: unknown, ctx: Context) => {
    const mine = await ctx.loaders.myEnrollmentsByCourse.load(course.id);
    return (
      mine.find((e) =>
        ['PENDING', 'WAITLISTED', 'ENROLLED', 'COMPLETED', 'NOT_COMPLETED'].includes(e.status),
      ) ??
      mine[0] ??
      null
    );
  },
  enrollments: async (
    course: CourseRow,
    args: { status?: EnrollmentStatus | null; first?: number | null; after?: string | null },
    ctx: Context,
  ) => {
    if (!seesApplicants(ctx.caller, course))
      throw forbidden("Only the course's city staff and instructors see its applicants.");
    const page = pageRequest(args, 2);
    const { rows, totalCount } = await ctx.repo.enrollments.page(course.id, args.status, page);
    return toConnection(rows, page.limit, totalCount, enrollmentCursor);
  },
  totalHours: async (course: CourseRow, _: unknown, ctx: Context) =>
    totalHours(await ctx.loaders.sessionsByCourse.load(course.id)),
};
