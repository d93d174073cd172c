// A published course's new time or place, by its city's staff (rules/reschedule.ts says what may
// change and what its applicants are told).
import { conflict } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { CourseRow } from '../db/schema.ts';
import { planReschedule } from '../rules/reschedule.ts';
import { managedCourse } from './courses.ts';

export async function rescheduleCourse(
  ctx: Context,
  id: string,
  input: { sessions?: { startsAt: Date; endsAt: Date }[] | null; venueId?: string | null },
): Promise<CourseRow> {
  const course = await managedCourse(ctx, id);
  const venueIdGiven = input.venueId !== undefined && input.venueId !== null;
  const venue = venueIdGiven ? await ctx.loaders.venueById.load(input.venueId as string) : null;
  const now = new Date();
  const plan = planReschedule(
    course,
    await ctx.loaders.sessionsByCourse.load(course.id),
    {
      sessions: input.sessions,
      venueIdGiven,
      venue: venue && venue.cityId === course.cityId ? venue : null,
    },
    now,
  );
  const updated = await ctx.repo.courseChanges.reschedule(course, plan, now);
  if (!updated) throw conflict('Only a published course that is not finished or cancelled can be changed.');
  ctx.loaders.courseById.clear(id);
  ctx.loaders.sessionsByCourse.clear(id);
  return updated;
}
