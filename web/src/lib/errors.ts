import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

const HEADER_NAMES = ['x-correlation-id', 'x-request-id'];

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null;
}

function idFrom(extensions: unknown): string | undefined {
  if (!isObject(extensions)) return undefined;
  const id = extensions.correlationId;
  if (typeof id === 'string' && id.trim() !== '') return id.trim();
  if (typeof id === 'number') return String(id);
  return undefined;
}

function idFromErrorList(errors: unknown): string | undefined {
  if (!Array.isArray(errors)) return undefined;
  for (const error of errors) {
    const id = isObject(error) ? idFrom(error.extensions) : undefined;
    if (id) return id;
  }
  return undefined;
}

function idFromBody(bodyText: string): string | undefined {
  try {
    const body: unknown = JSON.parse(bodyText);
    return isObject(body) ? (idFromErrorList(body.errors) ?? idFrom(body.extensions)) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The gateway's correlation id for a failed request, so a visitor can quote it to the help desk:
 * `extensions.correlationId` of a GraphQL error (or of the response), else of a non-2xx response body,
 * else the `x-correlation-id` response header (readable only if the gateway exposes it through CORS).
 */
export function correlationIdOf(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    return idFromErrorList(error.errors) ?? idFrom(error.extensions);
  }
  if (ServerError.is(error)) {
    const fromBody = idFromBody(error.bodyText);
    if (fromBody) return fromBody;
    for (const name of HEADER_NAMES) {
      const header = error.response.headers.get(name);
      if (header) return header;
    }
    return undefined;
  }
  if (isObject(error)) {
    return idFrom(error.extensions) ?? idFromErrorList(error.errors) ?? correlationIdOf(error.cause);
  }
  return undefined;
}

function codeFromBody(bodyText: string): string | undefined {
  try {
    const body: unknown = JSON.parse(bodyText);
    const [first] = isObject(body) && Array.isArray(body.errors) ? body.errors : [];
    const code = isObject(first) && isObject(first.extensions) ? first.extensions.code : undefined;
    return typeof code === 'string' ? code : undefined;
  } catch {
    return undefined;
  }
}

/** The API's error code (`extensions.code`), e.g. UNAUTHENTICATED when a sign-in expired (HTTP 401). */
export function errorCodeOf(error: unknown): string | undefined {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    return typeof code === 'string' ? code : undefined;
  }
  if (ServerError.is(error)) {
    return codeFromBody(error.bodyText) ?? (error.statusCode === 401 ? 'UNAUTHENTICATED' : undefined);
  }
  return undefined;
}

/**
 * Whether any error of an answer has the given code. A partial answer (`errorPolicy: 'all'`) can
 * carry several errors, one per part that failed, and the code that matters need not be the first.
 */
export function hasErrorCode(error: unknown, code: string): boolean {
  if (CombinedGraphQLErrors.is(error)) return error.errors.some((e) => e.extensions?.code === code);
  return errorCodeOf(error) === code;
}
