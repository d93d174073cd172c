// A city's instructors, for the staff's course editor to pick from by name. Who else holds a role
// is not for everyone: anyone but the city's staff and province admins gets null.
import type { Context } from '../context.ts';
import type { LearnerRow } from '../db/schema.ts';
import { mayListInstructors } from '../rules/access.ts';

/** How many instructors one answer lists at most. */
export const maxInstructorsListed = 500;

export async function cityInstructors(ctx: Context, cityId: string): Promise<LearnerRow[] | null> {
  if (!mayListInstructors(ctx.caller, cityId)) return null;
  return ctx.repo.roles.holders('INSTRUCTOR', cityId, maxInstructorsListed);
}
