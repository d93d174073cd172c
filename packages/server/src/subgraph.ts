// Builds and serves one federated subgraph: Apollo Server on a schema-first SDL, reachable only
// with the gateway's secret, with /health (process up) and /ready (database answers).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { type DocumentNode, GraphQLError } from 'graphql';
import { type CorrelatedContext, correlationPlugin, maskError } from './apollo.ts';
import { type Caller, decodeOrigin } from './caller.ts';
import { type FileResponse, jsonResponse, type RunningServer, serveHttp } from './http.ts';
import { createLogger } from './logger.ts';

export const gatewaySecretHeader = 'x-baeumteo-gateway-secret';

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

export interface SubgraphOptions<Ctx extends RequestContext> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: SubgraphResolvers;
  secret: string;
  port: number;
  host: string;
  context: (request: RequestContext, req: IncomingMessage) => Promise<Ctx> | Ctx;
  /** Resolves when the subgraph can serve (its database answers). */
  ready: () => Promise<void>;
  /** POST endpoints for other services, behind the gateway secret (e.g. /events). */
  actions?: Record<string, (body: unknown) => Promise<{ status: number; body: unknown }>>;
  /** GET files under a prefix for the gateway to pass on, e.g. /downloads/ (certificate PDFs). */
  downloads?: SubgraphDownloads;
  /** Called after the HTTP server stopped, e.g. to close the database. */
  onStop?: () => Promise<void>;
}

export interface SubgraphDownloads {
  prefix: string;
  handler: (request: RequestContext, url: URL) => Promise<FileResponse>;
}

export function secretMatches(expected: string, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(expected), digest(given));
}

/** Downloads behind the gateway secret, with the caller the gateway signed. */
function guardedDownloads(downloads: SubgraphDownloads, secret: string) {
  return {
    prefix: downloads.prefix,
    guarded: true,
    handler: async (req: IncomingMessage, url: URL, correlationId: string) => {
      let origin: ReturnType<typeof decodeOrigin>;
      try {
        origin = decodeOrigin(req.headers, secret);
      } catch {
        return jsonResponse(401, { error: 'The caller could not be verified.', code: 'UNAUTHENTICATED' });
      }
      return downloads.handler({ correlationId, ...origin }, url);
    },
  };
}

export async function startSubgraph<Ctx extends RequestContext>(
  options: SubgraphOptions<Ctx>,
): Promise<RunningServer> {
  const log = createLogger(options.name);
  const apollo = new ApolloServer<Ctx>({
    schema: buildSubgraphSchema({
      typeDefs: options.typeDefs,
      resolvers: options.resolvers as GraphQLResolverMap<unknown>,
    }),
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    // Only the gateway calls a subgraph, with its secret header: no browser, no CSRF.
    csrfPrevention: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No usage reporting leaves the province's network: traces are not needed by the gateway.
      ApolloServerPluginInlineTraceDisabled(),
      correlationPlugin<Ctx>(log),
    ],
  });
  await apollo.start();
  const running = await serveHttp<Ctx>({
    apollo,
    port: options.port,
    host: options.host,
    guard: (req) => secretMatches(options.secret, req.headers[gatewaySecretHeader]),
    trustCorrelationHeader: true,
    ...(options.actions ? { actions: options.actions } : {}),
    ...(options.downloads ? { downloads: guardedDownloads(options.downloads, options.secret) } : {}),
    context: async (req, correlationId) => {
      try {
        const origin = decodeOrigin(req.headers, options.secret);
        return options.context({ correlationId, ...origin }, req);
      } catch {
        throw new GraphQLError('The caller could not be verified.', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
    },
    routes: {
      '/health': async () => ({ status: 200, body: { status: 'ok' } }),
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
