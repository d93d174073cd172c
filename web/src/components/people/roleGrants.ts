// The roles a province admin grants and revokes, and how a person's roles are listed.
import type { Role } from '../../generated/graphql';

/** Offered for granting, in this order (every account is a RESIDENT already). */
export const GRANTABLE_ROLES: readonly Role[] = ['CITY_STAFF', 'INSTRUCTOR', 'ANALYST', 'PROVINCE_ADMIN'];

const ORDER: readonly Role[] = ['RESIDENT', 'INSTRUCTOR', 'CITY_STAFF', 'ANALYST', 'PROVINCE_ADMIN'];

/** Roles held for one city; the others are province-wide (the API refuses a city for them). */
export const isCityRole = (role: Role): boolean => role === 'INSTRUCTOR' || role === 'CITY_STAFF';

export interface Grant {
  role: Role;
  city?: { id: string; name: string } | null;
}

/** A grant's identity: a role, and its city for city roles. */
export const grantKey = (grant: { role: Role; city?: { id: string } | null }): string =>
  `${grant.role}:${grant.city?.id ?? ''}`;

/** RESIDENT first, then the narrower roles before the wider ones, each role's cities by name. */
export function sortGrants<G extends Grant>(grants: readonly G[], collator: Intl.Collator): G[] {
  return [...grants].sort(
    (a, b) =>
      ORDER.indexOf(a.role) - ORDER.indexOf(b.role) ||
      collator.compare(a.city?.name ?? '', b.city?.name ?? ''),
  );
}

/** Whether the person already holds `role` (in `cityId`, for a city role). */
export function holds(grants: readonly Grant[], role: Role, cityId: string | null): boolean {
  const key = grantKey({ role, city: isCityRole(role) && cityId ? { id: cityId } : null });
  return grants.some((grant) => grantKey(grant) === key);
}

/** Whether a grant can be revoked here: every role but RESIDENT, which every account is. */
export const revocable = (grant: Grant): boolean => grant.role !== 'RESIDENT';
