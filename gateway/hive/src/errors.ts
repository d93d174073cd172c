// What a client may read of an error, decided once for every answer Hive sends: the wording of our
// limits (gateway/src limits.ts rewordError), no "Did you mean …?", the platform's masking
// (packages/server maskError: public codes keep their message, everything else is the generic
// text), and the request's correlation id on each error. The masked ones are logged with their cause.
//
// The HTTP status follows Apollo Server's rules, which Hive's differ from: an error of the request
// itself (a refused token, a rate limit, a document that does not parse or validate) sets it; an
// error of a field never does, so a partial answer is a 200 even when a subgraph timed out.
import { rewordError } from '@baeumteo/gateway/limits';
import { type Logger, maskError } from '@baeumteo/server';
import type { GatewayPlugin } from '@graphql-hive/gateway';
import { type ExecutionResult, GraphQLError, type GraphQLFormattedError, Kind } from 'graphql';
import type { IncomingContext } from './bridge.ts';
import type { HiveContext } from './context.ts';

interface HttpExtension {
  status?: number;
  headers?: Record<string, string>;
}

/** graphql-js suggests names close to a misspelt one; the schema is public, guesses are not helped. */
function withoutSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  if (error.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED') return error;
  return { ...error, message: error.message.replace(/ ?Did you mean .+\?$/, '') };
}

/** The innermost cause of an error: Hive wraps a subgraph's failure in GraphQL errors. */
function causeOf(error: unknown): string {
  let current = error;
  for (;;) {
    const wrapped = current as { originalError?: unknown; cause?: unknown };
    const next = wrapped.originalError ?? wrapped.cause;
    if (!(next instanceof Error)) break;
    current = next;
  }
  return current instanceof Error ? (current.stack ?? current.message) : String(current);
}

/**
 * graphql-js's refusal of a variable's value ("Variable "$n" got invalid value …"), which Apollo
 * Server answers as BAD_USER_INPUT and Yoga leaves without a code (it would be masked).
 */
function formatted(error: GraphQLError): GraphQLFormattedError {
  const json = error.toJSON();
  const refusesVariable = error.nodes?.length === 1 && error.nodes[0]?.kind === Kind.VARIABLE_DEFINITION;
  if (!refusesVariable || json.extensions?.code !== undefined) return json;
  return { ...json, extensions: { ...json.extensions, code: 'BAD_USER_INPUT' } };
}

export function publicResult(
  result: ExecutionResult,
  correlationId: string | undefined,
  log: Logger,
): ExecutionResult {
  if (!result.errors?.length) return result;
  let requestStatus: number | undefined;
  const headers: Record<string, string> = {};
  let internal = false;
  const errors = result.errors.map((error) => {
    const http = error.extensions?.http as HttpExtension | undefined;
    if (!error.path && http) {
      if (http.status && http.status > (requestStatus ?? 0)) requestStatus = http.status;
      Object.assign(headers, http.headers);
    }
    const shown = maskError(withoutSuggestions(rewordError(formatted(error))));
    if (shown.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      internal = true;
      log.error('request failed', {
        correlationId,
        error: error.message,
        path: error.path,
        subgraph: error.extensions?.serviceName,
        cause: causeOf(error),
      });
    }
    return new GraphQLError(shown.message, {
      // Locations come back from the original's position in the document, when the mask kept them.
      ...(shown.locations?.length
        ? { nodes: error.nodes, source: error.source, positions: error.positions }
        : {}),
      path: shown.path,
      extensions: { ...shown.extensions, correlationId },
    });
  });
  // No `data` at all: the request failed before it ran, like a context that could not be built.
  const ran = result.data !== undefined;
  const status = requestStatus ?? (internal && !ran ? 500 : 200);
  return { ...result, errors, extensions: { ...result.extensions, http: { status, headers } } };
}

export function usePublicErrors(log: Logger): GatewayPlugin<HiveContext> {
  return {
    onResultProcess({ result, setResult, serverContext }) {
      // Batching and incremental delivery are off: every answer is one result.
      if (Array.isArray(result) || Symbol.asyncIterator in result) return;
      const { correlationId } = serverContext as Partial<IncomingContext>;
      setResult(publicResult(result, correlationId, log));
    },
  };
}
