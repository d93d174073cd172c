// Per-operation rate limits at the edge, shared by every gateway instance through the store
// (packages/server rateLimits.ts): sign-up, sign-in, the mutations that send an account email,
// unsubscribing, staff notices to a course's applicants, certificate verification and statistics.
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
import { gatewayMetrics } from './metrics.ts';

/** The limited root fields, by the operation type they belong to. */
const limitedFields = {
  signUp: 'mutation',
  signIn: 'mutation',
  requestPasswordReset: 'mutation',
  resendVerificationEmail: 'mutation',
  requestEmailChange: 'mutation',
  unsubscribe: 'mutation',
  sendCourseNotice: 'mutation',
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
  // Each sends an email: enough for a household behind one address, not for mail-bombing one.
  requestPasswordReset: { points: 10, durationSeconds: 3600 },
  resendVerificationEmail: { points: 10, durationSeconds: 3600 },
  requestEmailChange: { points: 10, durationSeconds: 3600 },
  // Its token cannot be guessed; the limit keeps anyone from trying.
  unsubscribe: { points: 30, durationSeconds: 3600 },
  // Per staff account: each reaches a whole course's applicants (courses also limits per course).
  sendCourseNotice: { points: 20, durationSeconds: 86_400 },
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

/**
 * RATE_LIMITED, HTTP 429 and Retry-After; `headers` puts the header in the shape the server reads
 * (Apollo Server a HeaderMap, Hive Gateway a plain object), hence extensions typed loosely.
 */
export function rateLimited(
  retryAfterSeconds: number,
  headers: (entries: [string, string][]) => unknown,
): GraphQLError {
  const extensions: Record<string, unknown> = {
    code: 'RATE_LIMITED',
    http: { status: 429, headers: headers([['retry-after', String(retryAfterSeconds)]]) },
  };
  return new GraphQLError(`Too many requests. Try again in ${retryAfterSeconds} seconds.`, { extensions });
}

/** Whose budget a field spends: statistics and staff notices per signed-in account, everything else per client. */
function budgetOf(field: LimitedField, context: Pick<GatewayContext, 'caller' | 'ip'>): string {
  if ((field === 'provinceStats' || field === 'sendCourseNotice') && context.caller)
    return `learner:${context.caller.id}`;
  return `client:${context.ip ?? 'unknown'}`;
}

export interface GatewayRateLimiter {
  /** Spends the operation's budgets: the seconds to wait when one is spent, 0 to go ahead. */
  spend(
    document: DocumentNode,
    operation: OperationDefinitionNode,
    context: Pick<GatewayContext, 'caller' | 'ip'>,
  ): Promise<number>;
  stop(): Promise<void>;
}

export async function gatewayRateLimiter(
  options: GatewayRateLimits,
  log: Logger,
): Promise<GatewayRateLimiter> {
  const limiters = await createRateLimiters({
    store: options.store,
    limits: { ...defaultRateLimits, ...options.limits },
    keyPrefix: options.keyPrefix ?? 'baeumteo',
    // Refusals by limit, the same series under either gateway engine.
    metrics: gatewayMetrics(),
  });
  return {
    async spend(document, operation, context) {
      let wait = 0;
      for (const [field, count] of limitedFieldCounts(document, operation)) {
        try {
          const decision = await limiters.consume(field, budgetOf(field, context), count);
          if (!decision.allowed) wait = Math.max(wait, decision.retryAfterSeconds);
        } catch (error) {
          // The store and its memory fallback both failed: serve rather than refuse everyone.
          log.warn('rate limit not counted', { field, error: String(error) });
        }
      }
      return wait;
    },
    stop: () => limiters.stop(),
  };
}

export async function rateLimitPlugin(options: GatewayRateLimits, log: Logger) {
  const limiter = await gatewayRateLimiter(options, log);
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          if (!operation) return;
          const wait = await limiter.spend(document, operation, contextValue);
          if (wait > 0) throw rateLimited(wait, (entries) => new HeaderMap(entries));
        },
      };
    },
  };
  return { plugin, stop: () => limiter.stop() };
}
