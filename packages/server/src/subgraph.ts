// Builds and serves one federated subgraph: Apollo Server on a schema-first SDL, reachable only
// with an assertion signed for it (GraphQL and downloads: by the gateway; internal endpoints: by
// any service it trusts, each endpoint naming its callers), with /health, /ready and /metrics.
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { DocumentNode } from 'graphql';
import { type CorrelatedContext, correlationPlugin, maskError } from './apollo.ts';
import {
  assertionVerifier,
  type ServiceName,
  type TrustedKeys,
  UnverifiedRequestError,
  type VerifiedAssertion,
} from './assertions.ts';
import type { Caller } from './caller.ts';
import { type FileResponse, type RunningServer, serveHttp } from './http.ts';
import { createLogger } from './logger.ts';
import { metricsRoute, serviceMetrics } from './metrics.ts';
import { operationMetricsPlugin } from './operationMetrics.ts';

/** What every subgraph knows of a request: its correlation id and, from the gateway, its origin. */
export interface RequestContext extends CorrelatedContext {
  caller: Caller | null;
  ip: string | null;
}

/**
 * A subgraph's resolver map, as codegen types it (`Resolvers` in its src/generated/graphql.ts,
 * checked there against its SDL and Context). @apollo/subgraph's GraphQLResolverMap types
 * `__resolveReference` like a field resolver, which it is not (it takes the reference, the
 * context and the info), so no generated map fits it: the map is handed over as this shape.
 */
export type SubgraphResolvers = Record<string, object>;

/** An internal endpoint's handler: the request body and the verified sender. */
export type SubgraphAction = (body: unknown, from: ServiceName) => Promise<{ status: number; body: unknown }>;

export interface SubgraphOptions<Ctx extends RequestContext> {
  /** The subgraph's name: the audience its callers sign for. */
  name: ServiceName;
  typeDefs: DocumentNode;
  resolvers: SubgraphResolvers;
  /** The public keys of the services it answers (the gateway's, and for internal endpoints their callers'). */
  trust: TrustedKeys;
  port: number;
  host: string;
  context: (request: RequestContext, req: IncomingMessage) => Promise<Ctx> | Ctx;
  /** Resolves when the subgraph can serve (its database answers). */
  ready: () => Promise<void>;
  /** POST endpoints for other services (e.g. /events), each enforcing who may call it. */
  actions?: Record<string, SubgraphAction>;
  /** GET files under a prefix for the gateway to pass on, e.g. /downloads/ (certificate PDFs). */
  downloads?: SubgraphDownloads;
  /** Called after the HTTP server stopped, e.g. to close the database. */
  onStop?: () => Promise<void>;
  /** BAEUMTEO_METRICS_TOKEN: when set, /metrics answers only this bearer token. */
  metricsToken?: string | undefined;
}

export interface SubgraphDownloads {
  prefix: string;
  handler: (request: RequestContext, url: URL) => Promise<FileResponse>;
}

/** What the guard verified of each request, for its context, download or action. */
type Verified = WeakMap<IncomingMessage, VerifiedAssertion>;

/** GraphQL and downloads answer only the gateway; an internal endpoint any trusted sender (it checks its callers). */
function assertionGuard(
  options: Pick<SubgraphOptions<RequestContext>, 'name' | 'trust' | 'actions'>,
  verified: Verified,
) {
  const verify = assertionVerifier(options.name, options.trust);
  const log = createLogger(options.name);
  return async (req: IncomingMessage, body: Buffer): Promise<boolean> => {
    const path = req.url ?? '/';
    try {
      const assertion = await verify(req.headers, { method: req.method ?? 'GET', path, body });
      const action = req.method === 'POST' && !!options.actions?.[new URL(path, 'http://x').pathname];
      if (!action && assertion.issuer !== 'gateway') throw new UnverifiedRequestError('only the gateway');
      verified.set(req, assertion);
      return true;
    } catch (error) {
      log.warn('refused an unverified request', { reason: (error as Error).message });
      return false;
    }
  };
}

const originOf = (verified: Verified, req: IncomingMessage, correlationId: string): RequestContext => {
  const assertion = verified.get(req);
  return {
    correlationId: assertion?.correlationId ?? correlationId,
    caller: assertion?.caller ?? null,
    ip: assertion?.ip ?? null,
  };
};

function verifiedActions(actions: Record<string, SubgraphAction>, verified: Verified) {
  return Object.fromEntries(
    Object.entries(actions).map(([path, action]) => [
      path,
      async (body: unknown, req: IncomingMessage) => {
        const from = verified.get(req)?.issuer;
        return from ? action(body, from) : { status: 401, body: { error: 'Unverified sender.' } };
      },
    ]),
  );
}

export async function startSubgraph<Ctx extends RequestContext>(
  options: SubgraphOptions<Ctx>,
): Promise<RunningServer> {
  const log = createLogger(options.name);
  const metrics = serviceMetrics(options.name);
  const apollo = new ApolloServer<Ctx>({
    schema: buildSubgraphSchema({
      typeDefs: options.typeDefs,
      resolvers: options.resolvers as GraphQLResolverMap<unknown>,
    }),
    formatError: maskError,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    // Only services call a subgraph, each request signed for it: no browser, no CSRF.
    csrfPrevention: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No usage reporting leaves the province's network: traces are not needed by the gateway.
      ApolloServerPluginInlineTraceDisabled(),
      correlationPlugin<Ctx>(log),
      operationMetricsPlugin<Ctx>(metrics),
    ],
  });
  await apollo.start();
  const verified: Verified = new WeakMap();
  const downloads = options.downloads;
  const running = await serveHttp<Ctx>({
    service: options.name,
    apollo,
    port: options.port,
    host: options.host,
    guard: assertionGuard(options, verified),
    trustCorrelationHeader: true,
    ...(options.actions ? { actions: verifiedActions(options.actions, verified) } : {}),
    ...(downloads
      ? {
          downloads: {
            prefix: downloads.prefix,
            guarded: true,
            handler: (req: IncomingMessage, url: URL, correlationId: string) =>
              downloads.handler(originOf(verified, req, correlationId), url),
          },
        }
      : {}),
    context: async (req, correlationId) => options.context(originOf(verified, req, correlationId), req),
    routes: {
      '/health': async () => ({ status: 200, body: { status: 'ok' } }),
      '/metrics': metricsRoute(metrics, options.metricsToken),
      '/ready': async () => {
        try {
          await options.ready();
          return { status: 200, body: { status: 'ready' } };
        } catch (error) {
          log.warn('not ready', { error: String(error) });
          return { status: 503, body: { status: 'not ready' } };
        }
      },
    },
  });
  log.info('subgraph listening', { url: running.url });
  return {
    ...running,
    stop: async () => {
      await running.stop();
      await options.onStop?.();
    },
  };
}
