// The public GraphQL endpoint: @apollo/gateway on the committed supergraph, behind Apollo
// Server with error masking, query limits, health and readiness.
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { downloads, sessionCheckEndpoint } from '@baeumteo/contracts';
import {
  correlationPlugin,
  createLogger,
  maskError,
  mergeJwks,
  type PublicJwk,
  type RunningServer,
  type SigningKey,
  serveHttp,
  serviceSigner,
} from '@baeumteo/server';
import { clampPlugin } from './clamp.ts';
import { createGatewayContext, type GatewayContext } from './context.ts';
import { SubgraphDataSource } from './dataSource.ts';
import { downloadsProxy } from './downloads.ts';
import { addressOf, sessionVerifier } from './identity.ts';
import { parseOptions, rewordError, validationRules } from './limits.ts';
import { type GatewayRateLimits, rateLimitPlugin } from './rateLimits.ts';
import { sessionEndsPlugin } from './sessionEnds.ts';

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
}

/** The subgraphs named in a supergraph, with their URLs (overrides applied). */
export function subgraphsOf(supergraphSdl: string, overrides: Record<string, string> = {}) {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(
    ([, name, url]) => ({
      name: name as string,
      url: overrides[name as string] ?? (url as string),
    }),
  );
}

export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const log = createLogger('gateway');
  const signer = serviceSigner('gateway', options.key);
  // Anyone verifies tokens and certificates offline with these: active and retired keys.
  const jwks = mergeJwks(options.tokenKeys, options.credentialKeys);
  const overrides = options.subgraphUrls ?? {};
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        url: overrides[name] ?? (url as string),
        name,
        signer,
        timeoutMs: options.subgraphTimeoutMs ?? 10_000,
      }),
  });
  const subgraphs = subgraphsOf(options.supergraphSdl, overrides);
  const learnersUrl = subgraphs.find((s) => s.name === sessionCheckEndpoint.owner)?.url;
  if (!learnersUrl) throw new Error(`the supergraph has no ${sessionCheckEndpoint.owner} subgraph`);
  const sessions = sessionVerifier(options.tokenKeys, {
    learnersUrl,
    signer,
    ttlMs: options.sessionCheckTtlMs,
    timeoutMs: options.subgraphTimeoutMs,
  });
  const verify = sessions.verify;
  const limits = await rateLimitPlugin(options.rateLimits ?? { store: { kind: 'memory' } }, log);
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
      sessionEndsPlugin(sessions.forget),
      correlationPlugin<GatewayContext>(log),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  const clientOf = addressOf(options.trustProxy);
  const downloadsUrl = subgraphs.find((s) => s.name === downloads.owner)?.url;
  const running = await serveHttp<GatewayContext>({
    apollo,
    port: options.port,
    host: options.host,
    cors: true,
    deadlineMs: options.requestDeadlineMs ?? 30_000,
    context: (req, correlationId) => createGatewayContext(req, correlationId, verify, clientOf),
    ...(downloadsUrl
      ? {
          downloads: downloadsProxy({
            ownerUrl: downloadsUrl,
            signer,
            verify,
            addressOf: clientOf,
            timeoutMs: options.subgraphTimeoutMs ?? 10_000,
          }),
        }
      : {}),
    routes: {
      '/health': async () => ({ status: 200, body: { status: 'ok' } }),
      '/.well-known/jwks.json': async () => ({ status: 200, body: jwks }),
      // The gateway's own readiness (it serves the supergraph it loaded): a subgraph that is down
      // costs its fields, and must not take every gateway out of the load balancer.
      '/ready': async () => ({ status: 200, body: { status: 'ready' } }),
    },
  });
  log.info('gateway listening', { url: running.url });
  return {
    ...running,
    stop: async () => {
      await running.stop();
      await limits.stop();
    },
  };
}
