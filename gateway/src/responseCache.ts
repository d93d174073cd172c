// Anonymous public reads (the catalog, a course, the cities) are the same for every anonymous
// caller, so the gateway answers them again from a shared response cache (Apollo's response-cache
// plugin) for as long as the subgraphs' @cacheControl hints allow: @apollo/gateway restricts the
// request's cache policy by each subgraph's Cache-Control header, so the shortest maxAge wins and
// one uncacheable field (maxAge 0: anything personal) keeps the whole answer out.
//
// Only anonymous queries are read or written. A signed-in caller's answer, and any mutation's, is
// never stored, here or downstream (no-store). Answers with errors are never stored either. The
// key is the query as clamped (clamp.ts), its variables and operation name: no request header
// changes a public answer, since none reaches a subgraph (dataSource.ts sends only the signed
// caller, client address and correlation id), and the anonymous caller has none of the first.
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { Logger } from '@baeumteo/server';
import type { GatewayContext } from './context.ts';
import { memoryKeyValueCache } from './memoryCache.ts';
import { gatewayMetrics } from './metrics.ts';
import { redisKeyValueCache, type SharedKeyValueCache } from './redisCache.ts';
import { refreshAhead } from './refreshAhead.ts';

/**
 * Off (BAEUMTEO_RESPONSE_CACHE=off); this instance's memory (bounded, about 30 MB); or Redis
 * (REDIS_URL), shared by every instance. Either way entries are refreshed ahead of their expiry
 * (refreshAhead.ts).
 */
export type ResponseCacheStore = { kind: 'off' } | { kind: 'memory' } | { kind: 'redis'; url: string };

export interface GatewayResponseCache {
  store: ResponseCacheStore;
  /** Keeps deployments (or tests) sharing one Redis apart. */
  keyPrefix?: string;
}

/** Whether the request may be answered from the cache and its answer kept: an anonymous query. */
const cacheable = (operation: string | undefined, context: GatewayContext) =>
  operation === 'query' && !context.caller;

/** Signed-in callers' and mutations' answers are kept by no one: not here, not a browser, not a CDN. */
function privateAnswersPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, overallCachePolicy }) {
          if (!cacheable(operation?.operation, contextValue)) overallCachePolicy.restrict({ maxAge: 0 });
        },
        async willSendResponse({ operation, contextValue, response }) {
          // A cache in front keeps an anonymous answer apart from a signed-in request's.
          if (cacheable(operation?.operation, contextValue))
            response.http.headers.set('vary', 'authorization');
        },
      };
    },
  };
}

/** Hits and misses of anonymous queries, for /metrics. */
function lookupsPlugin(looked: WeakSet<object>): ApolloServerPlugin<GatewayContext> {
  const lookups = gatewayMetrics().counter({
    name: 'baeumteo_response_cache_lookups_total',
    help: 'Anonymous queries looked up in the response cache: hit (answered from it) or miss.',
    labelNames: ['result'],
  });
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, metrics }) {
          if (looked.has(request)) lookups.inc({ result: metrics.responseCacheHit ? 'hit' : 'miss' });
        },
      };
    },
  };
}

export interface ResponseCache {
  plugins: ApolloServerPlugin<GatewayContext>[];
  stop(): Promise<void>;
}

export async function responseCache(
  options: GatewayResponseCache,
  supergraphSdl: string,
  log: Logger,
): Promise<ResponseCache> {
  if (options.store.kind === 'off') return { plugins: [privateAnswersPlugin()], stop: async () => {} };
  // Gateways on another supergraph (a rolling deployment) never read each other's answers.
  const schema = createHash('sha256').update(supergraphSdl).digest('hex').slice(0, 12);
  const store: SharedKeyValueCache =
    options.store.kind === 'redis'
      ? await redisKeyValueCache(
          { url: options.store.url, keyPrefix: `${options.keyPrefix ?? 'baeumteo'}:response:${schema}:` },
          log,
        )
      : memoryKeyValueCache();
  const cache = refreshAhead(store);
  const looked = new WeakSet<object>();
  const plugin = responseCachePlugin<GatewayContext>({
    cache,
    async shouldReadFromCache({ operation, contextValue, request }) {
      if (!cacheable(operation?.operation, contextValue)) return false;
      looked.add(request);
      return true;
    },
    async shouldWriteToCache({ operation, contextValue }) {
      return cacheable(operation?.operation, contextValue);
    },
  });
  return {
    plugins: [privateAnswersPlugin(), plugin, lookupsPlugin(looked)],
    stop: async () => {
      await cache.stop();
    },
  };
}
