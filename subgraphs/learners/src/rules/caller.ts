// What a learner's access token says about them: who they are, the roles they hold and where
// they live (eligibility for city courses is decided from it).
import type { Caller, RoleGrant } from '@baeumteo/server';
import type { ResidenceRow, RoleGrantRow } from '../db/schema.ts';

export function callerOf(learnerId: string, grants: RoleGrantRow[], residenceCityId: string | null): Caller {
  const roles: RoleGrant[] = grants.map((g) => ({ role: g.role, cityId: g.cityId }));
  return { id: learnerId, roles, residenceCityId };
}

/** The residence a learner has now: the one without an end. */
export function currentResidence<R extends Pick<ResidenceRow, 'to'>>(history: readonly R[]): R | undefined {
  return history.find((r) => r.to === null);
}
