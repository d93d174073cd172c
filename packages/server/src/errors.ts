// The error vocabulary of the platform (DESIGN.md, "Errors and bad input"). Every error a client
// may see carries one of these codes; anything else is masked as INTERNAL_SERVER_ERROR.
import { GraphQLError } from 'graphql';

export const publicErrorCodes = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
] as const;
export type PublicErrorCode = (typeof publicErrorCodes)[number];

export function isPublicCode(code: unknown): code is PublicErrorCode {
  return typeof code === 'string' && (publicErrorCodes as readonly string[]).includes(code);
}

/** Input the caller can fix; `field` names the argument or input field at fault. */
export function badInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

export function forbidden(message = 'You are not allowed to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(message = 'Sign in first.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

export const internalErrorMessage =
  'Something went wrong on our side. Quote the correlation id when reporting it.';

/** The constraint a unique violation (SQLSTATE 23505) broke, through driver wrappers; null otherwise. */
export function uniqueViolation(error: unknown): string | null {
  let current: unknown = error;
  while (current instanceof Error) {
    const pg = current as Error & { code?: string; constraint_name?: string; constraint?: string };
    if (pg.code === '23505') return pg.constraint_name ?? pg.constraint ?? '';
    current = current.cause;
  }
  return null;
}
