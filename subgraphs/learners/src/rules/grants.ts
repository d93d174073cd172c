// Which roles are granted how: INSTRUCTOR and CITY_STAFF for one city, ANALYST and PROVINCE_ADMIN
// province-wide; RESIDENT is every account's already. Who may grant them is in access.ts.
import { badInput } from '@baeumteo/server';
import type { Role } from '../generated/graphql.ts';

export const isCityRole = (role: Role) => role === 'INSTRUCTOR' || role === 'CITY_STAFF';

/** Checks a grant's shape; answers the city it applies to (null: province-wide). */
export function checkGrant(role: Role, cityId: string | null | undefined): string | null {
  const city = cityId ?? null;
  if (role === 'RESIDENT') throw badInput('Every account is a resident already.', 'role');
  if (isCityRole(role) && !city) throw badInput(`${role} is granted for one city: give cityId.`, 'cityId');
  if (!isCityRole(role) && city) throw badInput(`${role} is province-wide: leave cityId out.`, 'cityId');
  return city;
}
