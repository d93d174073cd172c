// The edge's rate limits (gateway/src rateLimits.ts: the same budgets, store and counting), spent
// once the operation is known and before any subgraph is called: over a limit the whole request is
// refused with RATE_LIMITED, HTTP 429 and Retry-After.
import { type GatewayRateLimiter, rateLimited } from '@baeumteo/gateway/rateLimits';
import type { GatewayPlugin } from '@graphql-hive/gateway';
import { getOperationAST } from 'graphql';
import type { HiveContext } from './context.ts';

export function useRateLimits(limiter: GatewayRateLimiter): GatewayPlugin<HiveContext> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (!operation) return;
      const { caller = null, ip = null } = args.contextValue;
      const wait = await limiter.spend(args.document, operation, { caller, ip });
      if (wait > 0) setResultAndStopExecution({ errors: [rateLimited(wait, Object.fromEntries)] });
    },
  };
}
