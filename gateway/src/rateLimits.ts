// Per-operation rate limits at the edge, shared by every gateway instance through the store
// (packages/server rateLimits.ts): sign-up, sign-in, certificate verification and statistics.
// Each root field counts, aliases included (`a: signIn … b: signIn …` is two sign-ins). Over the
// limit the whole request is refused before any subgraph is called: RATE_LIMITED, HTTP 429 and
// Retry-After.
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { createRateLimiters, type Logger, type RateLimit, type RateLimitStore } from '@baeumteo/server';
import {
  type DocumentNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from './context.ts';

/** The limited root fields, by the operation type they belong to. */
const limitedFields = {
  signUp: 'mutation',
  signIn: 'mutation',
  verifyCertificate: 'query',
  provinceStats: 'query',
} as const;
export type LimitedField = keyof typeof limitedFields;

/**
 * Per client address (per account for statistics), generous enough for many residents behind one
 * address (a library, a school): the sign-in locks in learners stop password guessing.
 */
export const defaultRateLimits: Record<LimitedField, RateLimit> = {
  signUp: { points: 20, durationSeconds: 3600 },
  signIn: { points: 60, durationSeconds: 600 },
  verifyCertificate: { points: 60, durationSeconds: 60 },
  provinceStats: { points: 60, durationSeconds: 60 },
};

export interface GatewayRateLimits {
  /** Where the counts live: shared (Redis, PostgreSQL) across instances, or this instance's memory. */
  store: RateLimitStore;
  limits?: Partial<Record<LimitedField, RateLimit>>;
  /** Keeps deployments (or tests) sharing one store apart. */
  keyPrefix?: string;
}

/** How many times the operation asks each limited field (fragments and aliases followed). */
export function limitedFieldCounts(document: DocumentNode, operation: OperationDefinitionNode) {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  const counts = new Map<LimitedField, number>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value as LimitedField;
        if (limitedFields[name] === operation.operation) counts.set(name, (counts.get(name) ?? 0) + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return counts;
}

function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests. Try again in ${retryAfterSeconds} seconds.`, {
    extensions: {
      code: 'RATE_LIMITED',
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/** Whose budget a field spends: statistics per signed-in account, everything else per client. */
function budgetOf(field: LimitedField, context: GatewayContext): string {
  if (field === 'provinceStats' && context.caller) return `learner:${context.caller.id}`;
  return `client:${context.ip ?? 'unknown'}`;
}

export async function rateLimitPlugin(options: GatewayRateLimits, log: Logger) {
  const limiters = await createRateLimiters({
    store: options.store,
    limits: { ...defaultRateLimits, ...options.limits },
    keyPrefix: options.keyPrefix ?? 'baeumteo',
  });
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          if (!operation) return;
          let wait = 0;
          for (const [field, count] of limitedFieldCounts(document, operation)) {
            try {
              const decision = await limiters.consume(field, budgetOf(field, contextValue), count);
              if (!decision.allowed) wait = Math.max(wait, decision.retryAfterSeconds);
            } catch (error) {
              // The store and its memory fallback both failed: serve rather than refuse everyone.
              log.warn('rate limit not counted', { field, error: String(error) });
            }
          }
          if (wait > 0) throw rateLimited(wait);
        },
      };
    },
  };
  return { plugin, stop: () => limiters.stop() };
}
