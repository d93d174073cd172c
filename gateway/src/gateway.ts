// The public GraphQL endpoint: @apollo/gateway on the committed supergraph, behind Apollo
// Server with error masking, query limits, a response cache for anonymous reads, health, readiness
// and metrics.
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import {
  correlationPlugin,
  createLogger,
  maskError,
  operationMetricsPlugin,
  type PublicJwk,
  type RunningServer,
  type SigningKey,
  serveHttp,
} from '@baeumteo/server';
import { clampPlugin } from './clamp.ts';
import type { GatewayContext } from './context.ts';
import { SubgraphDataSource } from './dataSource.ts';
import { gatewayEdge } from './edge.ts';
import { InflightReads } from './inflight.ts';
import { parseOptions, rewordError, validationRules } from './limits.ts';
import { gatewayMetrics } from './metrics.ts';
import { type GatewayRateLimits, rateLimitPlugin } from './rateLimits.ts';
import { type GatewayResponseCache, responseCache } from './responseCache.ts';
import { sessionEndsPlugin } from './sessionEnds.ts';
import { type SubgraphClient, subgraphClient } from './subgraphClient.ts';

export { subgraphsOf } from './edge.ts';

export interface GatewayOptions {
  port: number;
  host: string;
  /** The gateway's own Ed25519 key: signs every request to a subgraph (its public half is all they hold). */
  key: SigningKey;
  supergraphSdl: string;
  /** Subgraph URLs that replace those written in the supergraph, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  subgraphTimeoutMs?: number;
  /** The longest a whole request may take, all its subgraph calls included. */
  requestDeadlineMs?: number;
  /** The token keys (active and retired): verify access tokens, published at /.well-known/jwks.json. */
  tokenKeys: PublicJwk[];
  /** The credential keys, retired ones included: published beside the token keys, never used here. */
  credentialKeys: PublicJwk[];
  /** BAEUMTEO_TRUST_PROXY: CIDRs of the proxies in front, whose X-Forwarded-For names the client. */
  trustProxy?: string | undefined;
  /** How long an answer of learners' session check is kept (≤ 60 s; 30 s when not given). */
  sessionCheckTtlMs?: number | undefined;
  /** Where rate limits are counted (this instance's memory when not given), and their overrides. */
  rateLimits?: GatewayRateLimits | undefined;
  /** BAEUMTEO_METRICS_TOKEN: when set, /metrics answers only this bearer token. */
  metricsToken?: string | undefined;
  /** Where anonymous queries' answers are kept (this instance's memory when not given), or off. */
  responseCache?: GatewayResponseCache | undefined;
}

export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const log = createLogger('gateway');
  const edge = gatewayEdge(options);
  const overrides = options.subgraphUrls ?? {};
  // @apollo/gateway otherwise reports usage to Apollo every hour: nothing about the province's
  // traffic leaves its network. It reads the variable when it is constructed.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const clients: SubgraphClient[] = [];
  const inflight = new InflightReads();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const client = subgraphClient({ timeoutMs: edge.subgraphTimeoutMs });
      clients.push(client);
      return new SubgraphDataSource({
        url: overrides[name] ?? (url as string),
        name,
        signer: edge.signer,
        client,
        inflight,
      });
    },
  });
  const limits = await rateLimitPlugin(options.rateLimits ?? { store: { kind: 'memory' } }, log);
  const cache = await responseCache(
    options.responseCache ?? { store: { kind: 'memory' } },
    options.supergraphSdl,
    log,
  );
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: (formatted) => maskError(rewordError(formatted)),
    // No "Did you mean …?" for anyone probing; the schema itself stays public (introspection on).
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    // Callers authenticate with a bearer token, never a cookie: a cross-site form cannot act for them.
    csrfPrevention: false,
    validationRules,
    parseOptions,
    allowBatchedHttpRequests: false,
    plugins: [
      clampPlugin(),
      limits.plugin,
      ...cache.plugins,
      sessionEndsPlugin(edge.forgetSessions),
      correlationPlugin<GatewayContext>(log),
      operationMetricsPlugin<GatewayContext>(gatewayMetrics()),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  const running = await serveHttp<GatewayContext>({ ...edge.http, apollo, context: edge.context });
  log.info('gateway listening', { url: running.url });
  return {
    ...running,
    stop: async () => {
      await running.stop();
      await limits.stop();
      await Promise.all(clients.map((client) => client.close()));
      await cache.stop();
    },
  };
}
