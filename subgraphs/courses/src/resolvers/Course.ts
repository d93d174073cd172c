import type { Context } from '../context.ts';
import type { CourseRow } from '../db/schema.ts';
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
  totalHours: async (course: CourseRow, _: unknown, ctx: Context) =>
    totalHours(await ctx.loaders.sessionsByCourse.load(course.id)),
};
