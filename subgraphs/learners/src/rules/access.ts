// Who may see and change what of a learner (DESIGN.md, "Who may do what").
import { type Caller, isProvinceAdmin, isStaffOf, type Role, staffCities } from '@baeumteo/server';

export function isSelf(caller: Caller | null, learnerId: string): boolean {
  return caller?.id === learnerId;
}

/** Email: the learner, staff of a city whose course they applied to, province admins. */
export function maySeeEmail(
  caller: Caller | null,
  learnerId: string,
  appliedCityIds: readonly string[],
): boolean {
  if (isSelf(caller, learnerId) || isProvinceAdmin(caller)) return true;
  const staffOf = staffCities(caller);
  return appliedCityIds.some((city) => staffOf.includes(city));
}

/** Residence history, roles, birth year: the learner and province admins only. */
export function maySeePrivate(caller: Caller | null, learnerId: string): boolean {
  return isSelf(caller, learnerId) || isProvinceAdmin(caller);
}

/** PROVINCE_ADMIN grants and revokes any role; CITY_STAFF may grant and revoke INSTRUCTOR in their own city. */
export function mayGrant(caller: Caller | null, role: Role, cityId: string | null): boolean {
  if (isProvinceAdmin(caller)) return true;
  return role === 'INSTRUCTOR' && cityId !== null && isStaffOf(caller, cityId);
}

/** A city's instructor list: its CITY_STAFF and province admins. */
export function mayListInstructors(caller: Caller | null, cityId: string): boolean {
  return isProvinceAdmin(caller) || isStaffOf(caller, cityId);
}
