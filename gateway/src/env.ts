// The only file of the gateway that reads process.env: parsed and validated once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { services, subgraphNames } from '@baeumteo/contracts';
import {
  commonEnv,
  databaseUrlVar,
  httpUrl,
  loadEnv,
  parseEnv,
  port,
  positiveInt,
  privateKeysOf,
  productionOf,
  publicKeysOf,
  rateLimitStoreOf,
  workspaceRoot,
} from '@baeumteo/server';
import { z } from 'zod';

export const env = loadEnv(() => {
  const vars = parseEnv(
    commonEnv.extend({
      [services.gateway.portVariable]: port(services.gateway.port),
      SUPERGRAPH_PATH: z.string().default(join(workspaceRoot, 'schema/supergraph.graphql')),
      BAEUMTEO_SUBGRAPH_TIMEOUT_MS: positiveInt(10_000),
      /** The longest a whole request may take through the gateway, all its subgraph calls included. */
      BAEUMTEO_REQUEST_DEADLINE_MS: positiveInt(30_000),
      /** On SIGTERM: how long /ready answers 503 before the gateway stops taking requests, then the longest it waits for those in flight. */
      BAEUMTEO_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(5_000),
      BAEUMTEO_SHUTDOWN_DEADLINE_MS: positiveInt(20_000),
      /** CIDRs of the proxies in front (their X-Forwarded-For names the client); unset: the socket's address. */
      BAEUMTEO_TRUST_PROXY: z.string().optional(),
      /** How long an answer of learners' session check is kept: a signed-out session is refused within it. */
      BAEUMTEO_SESSION_CHECK_TTL_MS: z.coerce.number().int().min(0).max(60_000).default(30_000),
      /** Rate limits shared by every gateway: on Redis when set, else on PostgreSQL (DATABASE_URL), else in memory. */
      REDIS_URL: z.string().startsWith('redis').optional(),
      /** `off` answers every anonymous query from the subgraphs again; on: from the response cache (Redis when REDIS_URL is set, else memory). */
      BAEUMTEO_RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
      ...databaseUrlVar,
      // Overrides of the subgraph URLs written in the supergraph.
      LEARNERS_URL: httpUrl.optional(),
      COURSES_URL: httpUrl.optional(),
      CONTENT_URL: httpUrl.optional(),
      HISTORY_URL: httpUrl.optional(),
      NOTIFICATIONS_URL: httpUrl.optional(),
    }),
    process.env,
  );

  const subgraphUrls: Record<string, string> = {};
  for (const name of subgraphNames) {
    const url = vars[services[name].urlVariable satisfies keyof typeof vars];
    if (url) subgraphUrls[name] = url;
  }

  const production = productionOf(vars);
  return {
    production,
    port: vars[services.gateway.portVariable],
    host: vars.HOST,
    /** Its own key: signs every request to a subgraph. */
    key: privateKeysOf(process.env, ['gateway'], production).gateway,
    supergraphSdl: readFileSync(vars.SUPERGRAPH_PATH, 'utf8'),
    subgraphUrls,
    subgraphTimeoutMs: vars.BAEUMTEO_SUBGRAPH_TIMEOUT_MS,
    requestDeadlineMs: vars.BAEUMTEO_REQUEST_DEADLINE_MS,
    trustProxy: vars.BAEUMTEO_TRUST_PROXY,
    sessionCheckTtlMs: vars.BAEUMTEO_SESSION_CHECK_TTL_MS,
    metricsToken: vars.BAEUMTEO_METRICS_TOKEN,
    rateLimits: { store: rateLimitStoreOf({ redisUrl: vars.REDIS_URL, databaseUrl: vars.DATABASE_URL }) },
    responseCache: {
      store:
        vars.BAEUMTEO_RESPONSE_CACHE === 'off'
          ? ({ kind: 'off' } as const)
          : vars.REDIS_URL
            ? ({ kind: 'redis', url: vars.REDIS_URL } as const)
            : ({ kind: 'memory' } as const),
    },
    shutdown: { graceMs: vars.BAEUMTEO_SHUTDOWN_GRACE_MS, deadlineMs: vars.BAEUMTEO_SHUTDOWN_DEADLINE_MS },
    // Public keys only: the token keys verify access tokens; both sets are published as the JWKS.
    tokenKeys: publicKeysOf(process.env, ['token'], production).token,
    credentialKeys: publicKeysOf(process.env, ['credential'], production).credential,
  };
});
