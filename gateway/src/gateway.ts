// The public GraphQL endpoint: @apollo/gateway on the committed supergraph, behind Apollo
// Server with error masking, query limits, health and readiness.
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { downloads } from '@baeumteo/contracts';
import {
  correlationPlugin,
  createLogger,
  maskError,
  type PublicJwk,
  type RunningServer,
  serveHttp,
  tokenVerifier,
} from '@baeumteo/server';
import { clampPlugin } from './clamp.ts';
import { createGatewayContext, type GatewayContext } from './context.ts';
import { SubgraphDataSource } from './dataSource.ts';
import { downloadsProxy } from './downloads.ts';
import { parseOptions, rewordError, validationRules } from './limits.ts';

export interface GatewayOptions {
  port: number;
  host: string;
  secret: string;
  supergraphSdl: string;
  /** Subgraph URLs that replace those written in the supergraph, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  subgraphTimeoutMs?: number;
  /** The province's public keys: verify access tokens, published at /.well-known/jwks.json. */
  publicKeys: PublicJwk[];
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

async function allReady(urls: string[]): Promise<boolean> {
  const checks = urls.map(async (url) => {
    const response = await fetch(url.replace(/\/graphql$/, '/ready'), { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  });
  const results = await Promise.allSettled(checks);
  return results.every((r) => r.status === 'fulfilled' && r.value);
}

export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const log = createLogger('gateway');
  const overrides = options.subgraphUrls ?? {};
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        url: overrides[name] ?? (url as string),
        secret: options.secret,
        timeoutMs: options.subgraphTimeoutMs ?? 10_000,
      }),
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: (formatted) => maskError(rewordError(formatted)),
    includeStacktraceInErrorResponses: false,
    // Callers authenticate with a bearer token, never a cookie: a cross-site form cannot act for them.
    csrfPrevention: false,
    validationRules,
    parseOptions,
    allowBatchedHttpRequests: false,
    plugins: [clampPlugin(), correlationPlugin<GatewayContext>(log), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const verify = tokenVerifier(options.publicKeys);
  const subgraphs = subgraphsOf(options.supergraphSdl, overrides);
  const subgraphUrls = subgraphs.map((s) => s.url);
  const downloadsUrl = subgraphs.find((s) => s.name === downloads.owner)?.url;
  const running = await serveHttp<GatewayContext>({
    apollo,
    port: options.port,
    host: options.host,
    cors: true,
    context: (req, correlationId) => createGatewayContext(req, correlationId, verify),
    ...(downloadsUrl
      ? {
          downloads: downloadsProxy({
            ownerUrl: downloadsUrl,
            secret: options.secret,
            verify,
            timeoutMs: options.subgraphTimeoutMs ?? 10_000,
          }),
        }
      : {}),
    routes: {
      '/health': async () => ({ status: 200, body: { status: 'ok' } }),
      '/.well-known/jwks.json': async () => ({ status: 200, body: { keys: options.publicKeys } }),
      '/ready': async () =>
        (await allReady(subgraphUrls))
          ? { status: 200, body: { status: 'ready' } }
          : { status: 503, body: { status: 'not ready' } },
    },
  });
  log.info('gateway listening', { url: running.url });
  return running;
}
