// Who is calling. The gateway verifies the token and passes the caller (and the client's IP)
// to the subgraphs in a header signed with the gateway secret; subgraphs trust nothing else.
import { createHmac, timingSafeEqual } from 'node:crypto';

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
}

/** What a subgraph knows of the request's origin. */
export interface Origin {
  caller: Caller | null;
  ip: string | null;
}

export const callerHeader = 'x-baeumteo-caller';
export const callerSignatureHeader = 'x-baeumteo-caller-signature';

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

export function encodeOrigin(origin: Origin, secret: string): Record<string, string> {
  const payload = Buffer.from(JSON.stringify(origin), 'utf8').toString('base64url');
  return { [callerHeader]: payload, [callerSignatureHeader]: sign(payload, secret) };
}

export class ForgedOriginError extends Error {}

/** Reads the signed origin; no header means an anonymous caller, a bad signature is refused. */
export function decodeOrigin(headers: Record<string, string | string[] | undefined>, secret: string): Origin {
  const payload = headers[callerHeader];
  const signature = headers[callerSignatureHeader];
  if (payload === undefined && signature === undefined) return { caller: null, ip: null };
  if (typeof payload !== 'string' || typeof signature !== 'string') throw new ForgedOriginError();
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw new ForgedOriginError();
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Origin;
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
