import { cacheControlFromInfo } from '@apollo/cache-control-types';
import { forbidden, pageRequest, toConnection } from '@baeumteo/server';
import type { CourseResolvers } from '../generated/graphql.ts';
import { enrollmentCursor } from '../repo/enrollments.ts';
import { managesCity, seesApplicants } from '../rules/access.ts';
import { currentEnrollment } from '../rules/enrollmentStatus.ts';
import { totalHours } from '../rules/hours.ts';
import { localized } from '../rules/locale.ts';

export const Course: CourseResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.courseById.load(ref.id),
  city: (course) => ({ id: course.cityId }),
  title: (course, args) => localized(course.titleKo, course.titleEn, args.locale),
  description: (course, args) => localized(course.descriptionKo, course.descriptionEn, args.locale),
  venue: (course, _, ctx) => (course.venueId ? ctx.loaders.venueById.load(course.venueId) : null),
  seatsLeft: (course) => Math.max(0, course.capacity - course.seatsTaken),
  sessions: (course, _, ctx) => ctx.loaders.sessionsByCourse.load(course.id),
  myEnrollment: async (course, _, ctx, info) => {
    // Anonymous callers all get the same null: their course page may be kept as long as the
    // course itself. A signed-in caller's own application has no hint, so it is never kept.
    if (!ctx.caller) {
      const cacheControl = cacheControlFromInfo(info);
      cacheControl.setCacheHint(cacheControl.cacheHintFromType(info.parentType) ?? { maxAge: 0 });
      return null;
    }
    return currentEnrollment(await ctx.loaders.myEnrollmentsByCourse.load(course.id));
  },
  enrollments: async (course, args, ctx) => {
    if (!seesApplicants(ctx.caller, course))
      throw forbidden("Only the course's city staff and instructors see its applicants.");
    const page = pageRequest(args, 2);
    const { rows, totalCount } = await ctx.repo.enrollments.page(course.id, args.status, page);
    await ctx.logAccess(
      'READ_APPLICANTS',
      course,
      rows.slice(0, page.limit).map((e) => e.learnerId),
    );
    return toConnection(rows, page.limit, totalCount, enrollmentCursor);
  },
  staffMessages: (course, _, ctx) => {
    if (!managesCity(ctx.caller, course.cityId))
      throw forbidden("Only the course's city staff see the messages sent to its applicants.");
    return ctx.repo.courseMessages.list(course);
  },
  totalHours: async (course, _, ctx) => totalHours(await ctx.loaders.sessionsByCourse.load(course.id)),
};
