// Who is calling. The gateway verifies the token and passes the caller (and the client's IP) to
// the subgraphs inside the assertion it signs for each request (assertions.ts); subgraphs trust
// nothing else.

export const roles = ['RESIDENT', 'INSTRUCTOR', 'CITY_STAFF', 'PROVINCE_ADMIN', 'ANALYST'] as const;
export type Role = (typeof roles)[number];

/** INSTRUCTOR and CITY_STAFF are granted per city; ANALYST and PROVINCE_ADMIN province-wide. */
export interface RoleGrant {
  role: Role;
  cityId: string | null;
}

export interface Caller {
  id: string;
  roles: RoleGrant[];
  /** Where the learner lived when the token was issued: decides eligibility for city courses. */
  residenceCityId: string | null;
  /** The sign-in session the token belongs to (learners ends it at sign-out); absent for services. */
  sessionId?: string | null;
}

/** What a subgraph knows of the request's origin. */
export interface Origin {
  caller: Caller | null;
  ip: string | null;
}

export function isRoleGrant(value: unknown): value is RoleGrant {
  const grant = value as RoleGrant;
  return (
    typeof grant === 'object' &&
    grant !== null &&
    (roles as readonly string[]).includes(grant.role) &&
    (grant.cityId === null || typeof grant.cityId === 'string')
  );
}

/** A caller as a signed claim carries it; null for anyone anonymous, throws on any other shape. */
export function callerOfClaim(value: unknown): Caller | null {
  if (value === null || value === undefined) return null;
  const claim = value as Partial<Caller>;
  const sessionId = claim.sessionId ?? null;
  if (
    typeof claim.id !== 'string' ||
    !Array.isArray(claim.roles) ||
    !claim.roles.every(isRoleGrant) ||
    (claim.residenceCityId !== null && typeof claim.residenceCityId !== 'string') ||
    (sessionId !== null && typeof sessionId !== 'string')
  ) {
    throw new TypeError('malformed caller claim');
  }
  return {
    id: claim.id,
    roles: claim.roles.map((g) => ({ role: g.role, cityId: g.cityId })),
    residenceCityId: claim.residenceCityId ?? null,
    ...(sessionId ? { sessionId } : {}),
  };
}

export function hasRole(caller: Caller | null, role: Role, cityId?: string | null): boolean {
  return !!caller?.roles.some((g) => g.role === role && (cityId === undefined || g.cityId === cityId));
}

export const isProvinceAdmin = (caller: Caller | null) => hasRole(caller, 'PROVINCE_ADMIN');
export const isAnalyst = (caller: Caller | null) => hasRole(caller, 'ANALYST');
export const isStaffOf = (caller: Caller | null, cityId: string) => hasRole(caller, 'CITY_STAFF', cityId);
export const isInstructorIn = (caller: Caller | null, cityId: string) =>
  hasRole(caller, 'INSTRUCTOR', cityId);

/** The cities whose staff the caller is. */
export function staffCities(caller: Caller | null): string[] {
  return (caller?.roles ?? [])
    .filter((g) => g.role === 'CITY_STAFF' && g.cityId)
    .map((g) => g.cityId as string);
}

/** The role an actor acted in when reading or changing someone else's data, for access logs. */
export function actingRole(caller: Caller | null, subjectId: string): Role | null {
  if (!caller || caller.id === subjectId) return null;
  if (isProvinceAdmin(caller)) return 'PROVINCE_ADMIN';
  if (staffCities(caller).length > 0) return 'CITY_STAFF';
  return caller.roles[0]?.role ?? 'RESIDENT';
}
