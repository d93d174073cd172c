// Course management for city staff: create (once per idempotency key), edit while draft, publish,
// cancel.
import {
  badInput,
  conflict,
  creationKey,
  forbidden,
  notFound,
  sameCreation,
  unauthenticated,
} from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { CourseRow } from '../db/schema.ts';
import { managesCity } from '../rules/access.ts';
import { type CourseDraft, checkCourse } from '../rules/courseInput.ts';

/** A course the caller manages; another city's course answers exactly like a missing one. */
export async function managedCourse(ctx: Context, id: string): Promise<CourseRow> {
  if (!ctx.caller) throw unauthenticated();
  const course = await ctx.loaders.courseById.load(id);
  if (!course || !managesCity(ctx.caller, course.cityId)) throw notFound('No course has this id.');
  return course;
}

export function requireStaffOf(ctx: Context, cityId: string, field: string): void {
  if (!ctx.caller) throw unauthenticated();
  if (!managesCity(ctx.caller, cityId)) {
    const error = forbidden("Only this city's staff may do this.");
    error.extensions.field = field;
    throw error;
  }
}

async function checkVenue(
  ctx: Context,
  venueId: string | null,
  cityId: string,
  field: string,
): Promise<void> {
  if (!venueId) return;
  const venue = await ctx.loaders.venueById.load(venueId);
  if (!venue || venue.cityId !== cityId) throw badInput('No venue of this city has this id.', field);
}

type CreateInput = CourseDraft & {
  cityId: string;
  category: CourseRow['category'];
  format: CourseRow['format'];
  selection: CourseRow['selection'];
  eligibility: CourseRow['eligibility'];
};

export async function createCourse(
  ctx: Context,
  input: CreateInput,
  idempotencyKey?: string | null,
): Promise<CourseRow> {
  requireStaffOf(ctx, input.cityId, 'input.cityId');
  const key = creationKey(ctx.caller, idempotencyKey);
  const checked = checkCourse(input);
  await checkVenue(ctx, checked.venueId, input.cityId, 'input.venueId');
  const { sessions, ...fields } = checked;
  const result = await ctx.repo.courses.create(
    {
      ...fields,
      cityId: input.cityId,
      category: input.category,
      format: input.format,
      selection: input.selection,
      eligibility: input.eligibility,
    },
    sessions,
    key,
  );
  return sameCreation(result, (row) => row.cityId === input.cityId, 'course');
}

export async function updateCourse(
  ctx: Context,
  id: string,
  input: { [K in keyof CreateInput]?: CreateInput[K] | null },
): Promise<CourseRow> {
  const course = await managedCourse(ctx, id);
  if (course.status !== 'DRAFT') throw conflict('Only a DRAFT course can be edited.');
  const sessions = input.sessions ?? (await ctx.loaders.sessionsByCourse.load(course.id));
  const merged = { ...course, ...definedOnly(input), sessions };
  const checked = checkCourse(merged as CourseDraft);
  await checkVenue(ctx, checked.venueId, course.cityId, 'input.venueId');
  const { sessions: newSessions, ...fields } = checked;
  const updated = await ctx.repo.courses.updateDraft(
    course,
    { ...fields, category: merged.category, selection: merged.selection, eligibility: merged.eligibility },
    input.sessions ? newSessions : null,
  );
  if (!updated) throw conflict('Only a DRAFT course can be edited.');
  return updated;
}

type Given<T> = { [K in keyof T]?: NonNullable<T[K]> };

function definedOnly<T extends object>(input: T): Given<T> {
  return Object.fromEntries(
    Object.entries(input).filter(([, v]) => v !== undefined && v !== null),
  ) as Given<T>;
}

export async function publishCourse(ctx: Context, id: string): Promise<CourseRow> {
  const course = await managedCourse(ctx, id);
  const published = await ctx.repo.courses.transition(course, 'DRAFT', 'OPEN');
  if (!published) throw conflict(`Only a DRAFT course can be published; this one is ${course.status}.`);
  return published;
}

export async function cancelCourse(ctx: Context, id: string): Promise<CourseRow> {
  const course = await managedCourse(ctx, id);
  if (!(await ctx.repo.enrollments.cancelCourse(course))) {
    throw conflict(`A ${course.status} course cannot be cancelled.`);
  }
  ctx.loaders.courseById.clear(id);
  return (await ctx.loaders.courseById.load(id)) as CourseRow;
}
