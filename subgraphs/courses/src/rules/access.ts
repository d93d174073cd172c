// Who may do what with courses (DESIGN.md, "Who may do what").
import {
  type Caller,
  isInstructorIn,
  isProvinceAdmin,
  isStaffOf,
  type ReadScope,
  staffCities,
} from '@baeumteo/server';

/** Manages a city's courses, venues and applicants. */
export function managesCity(caller: Caller | null, cityId: string): boolean {
  return isProvinceAdmin(caller) || isStaffOf(caller, cityId);
}

/** Takes attendance: staff of the city, or an instructor of the course holding INSTRUCTOR there. */
export function takesAttendance(
  caller: Caller | null,
  course: { cityId: string; instructorIds: string[] },
): boolean {
  if (managesCity(caller, course.cityId)) return true;
  return !!caller && course.instructorIds.includes(caller.id) && isInstructorIn(caller, course.cityId);
}

/** Sees a course's applicants. */
export function seesApplicants(
  caller: Caller | null,
  course: { cityId: string; instructorIds: string[] },
): boolean {
  return takesAttendance(caller, course);
}

/** DRAFT courses are visible to their city's staff and province admins only. */
export function draftCitiesVisibleTo(caller: Caller | null): 'all' | string[] {
  return isProvinceAdmin(caller) ? 'all' : staffCities(caller);
}

/** A learner's list of enrollments: the learner and province admins. */
export function seesEnrollmentsOf(caller: Caller | null, learnerId: string): boolean {
  return caller?.id === learnerId || isProvinceAdmin(caller);
}

/**
 * What the caller may read of applications and attendance (the read policies of migration 0007):
 * every city for province admins, the cities they are staff or instructor in, and their own.
 */
export function readScopeOf(caller: Caller | null): ReadScope {
  if (isProvinceAdmin(caller)) return { cities: '*', reader: caller?.id ?? null };
  const cities = (caller?.roles ?? [])
    .filter((g) => (g.role === 'CITY_STAFF' || g.role === 'INSTRUCTOR') && g.cityId)
    .map((g) => g.cityId as string);
  return { cities: [...new Set(cities)], reader: caller?.id ?? null };
}
