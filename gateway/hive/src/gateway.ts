// A second gateway on the same supergraph: Hive Gateway's runtime (its own query planner and
// executor) on the committed schema/supergraph.graphql, with everything a client or a subgraph
// can tell apart taken from our Apollo gateway (gateway/src): the same HTTP front, caller
// verification, assertion on every subgraph call, query limits, rate limits and error masking.
import type { GatewayOptions } from '@baeumteo/gateway';
import { gatewayEdge } from '@baeumteo/gateway/edge';
import { gatewayRateLimiter } from '@baeumteo/gateway/rateLimits';
import { createLogger, type RunningServer, serveHttp } from '@baeumteo/server';
import { createGatewayRuntime, type UnifiedGraphHandler } from '@graphql-hive/gateway';
import { asHttpFront, type IncomingContext } from './bridge.ts';
import { useCaller } from './context.ts';
import { usePublicErrors } from './errors.ts';
import { useQueryLimits } from './limits.ts';
import { hiveLogger } from './logging.ts';
import { useGatewayMetrics } from './metrics.ts';
import { useRateLimits } from './rateLimits.ts';
import { useJsonBodies } from './requests.ts';
import { useSessionEnds } from './sessionEnds.ts';
import { useSignedSubgraphCalls } from './signing.ts';

export interface HiveEngineOptions {
  /**
   * Hive's Rust query planner and its executor (`@graphql-hive/router-runtime`, a dev dependency:
   * for comparing gateways, `pnpm bench:gateway`) instead of its default stitching runtime.
   */
  routerRuntime?: boolean;
  /**
   * Hive's default: identical subgraph requests in flight merged by URL and body. Off here unless
   * asked for: it merges before our assertion is signed, so two learners' `me` would share one
   * caller's answer (simultaneous-callers.test.ts). Only the benchmark turns it on, to measure
   * Hive as it ships.
   */
  deduplicateInflightRequests?: boolean;
}

export async function startHiveGateway(
  options: GatewayOptions,
  engine: HiveEngineOptions = {},
): Promise<RunningServer> {
  const log = createLogger('gateway');
  const unifiedGraphHandler: UnifiedGraphHandler | undefined = engine.routerRuntime
    ? (await import('@graphql-hive/router-runtime')).unifiedGraphHandler
    : undefined;
  const edge = gatewayEdge(options);
  const limiter = await gatewayRateLimiter(options.rateLimits ?? { store: { kind: 'memory' } }, log);
  const runtime = createGatewayRuntime<IncomingContext>({
    supergraph: options.supergraphSdl,
    ...(unifiedGraphHandler ? { unifiedGraphHandler } : {}),
    transportEntries: Object.fromEntries(
      edge.subgraphs.map((s) => [
        s.name,
        {
          // The subgraph URLs this deployment uses instead of those written in the supergraph.
          location: s.url,
          options: { deduplicateInflightRequests: engine.deduplicateInflightRequests ?? false },
        },
      ]),
    ),
    upstreamTimeout: edge.subgraphTimeoutMs,
    logging: hiveLogger(log),
    // Masked once, with the correlation id, in errors.ts; the front (serveHttp) owns CORS and the ids.
    maskedErrors: false,
    cors: false,
    requestId: false,
    graphiql: false,
    landingPage: false,
    batching: false,
    plugins: () => [
      useJsonBodies(),
      useCaller(edge.context),
      useQueryLimits(),
      useRateLimits(limiter),
      useSessionEnds(edge.forgetSessions),
      useSignedSubgraphCalls(edge),
      usePublicErrors(log),
      useGatewayMetrics(edge.subgraphs),
    ],
  });
  // Load the supergraph now: a file Hive cannot plan with stops the start, as with @apollo/gateway.
  await runtime.getSchema();
  const running = await serveHttp<IncomingContext>({
    ...edge.http,
    apollo: asHttpFront(runtime),
    context: async (incoming, correlationId) => ({ incoming, correlationId }),
  });
  log.info('gateway listening', {
    url: running.url,
    engine: engine.routerRuntime ? 'hive-router-runtime' : 'hive',
    ...(engine.deduplicateInflightRequests ? { deduplicateInflightRequests: true } : {}),
  });
  return {
    ...running,
    stop: async () => {
      await running.stop();
      await limiter.stop();
    },
  };
}
