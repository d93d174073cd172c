// Apollo Server pieces shared by the gateway and the subgraphs: error masking and the
// correlation id that every error carries back to the client.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { internalErrorMessage, isPublicCode } from './errors.ts';
import type { Logger } from './logger.ts';

export interface CorrelatedContext extends BaseContext {
  correlationId: string;
}

/**
 * Keeps the message of errors meant for clients (public codes) and replaces every other one
 * with a generic text: no SQL, stack, host or service name leaves the server.
 */
export function maskError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  const code = extensions.code;
  // Errors the gateway builds from a subgraph's HTTP answer carry that answer: never public.
  if (isPublicCode(code) && !('response' in extensions)) {
    const kept: Record<string, unknown> = { code };
    if (typeof extensions.field === 'string') kept.field = extensions.field;
    if (typeof extensions.correlationId === 'string') kept.correlationId = extensions.correlationId;
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: kept,
    };
  }
  return {
    message: internalErrorMessage,
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** The innermost cause of an error (drivers wrap the database's own message). */
function rootCause(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause) current = current.cause;
  return current instanceof Error ? (current.stack ?? current.message) : String(current);
}

/** Adds the request's correlation id to each error and logs the masked ones with their cause. */
export function correlationPlugin<Ctx extends CorrelatedContext>(log: Logger): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!isPublicCode(error.extensions?.code) || 'response' in (error.extensions ?? {})) {
              log.error('request failed', {
                correlationId: contextValue.correlationId,
                error: error.message,
                path: error.path,
                cause: rootCause(error.originalError ?? error),
              });
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, correlationId: contextValue.correlationId },
          }));
        },
      };
    },
  };
}
