// Starts the whole platform for a test file: the five subgraphs and the gateway on free ports,
// talking real HTTP to each other, each subgraph on a fresh database (PGlite in memory, or a
// new PostgreSQL database when DATABASE_URL is set).
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { startContent } from '@baeumteo/content';
import { startCourses } from '@baeumteo/courses';
import { type GatewayOptions, startGateway } from '@baeumteo/gateway';
import { type HistoryOptions, startHistory } from '@baeumteo/history';
import { startLearners } from '@baeumteo/learners';
import { type NotificationsOptions, startNotifications } from '@baeumteo/notifications';
import type { RunningServer } from '@baeumteo/server';
import {
  createTestDatabase,
  registerTestSubgraph,
  type TestStartOptions,
  testSigningKeys,
  testTrust,
} from '@baeumteo/server/testing';

export const supergraphSdl = readFileSync(
  new URL('../../schema/supergraph.graphql', import.meta.url),
  'utf8',
);

// History and notifications first: the others relay their learning events and notices to them.
const starters = {
  notifications: startNotifications,
  history: startHistory,
  learners: startLearners,
  // content before courses: courses asks content which contents learners finished.
  content: startContent,
  courses: startCourses,
};
export type SubgraphName = keyof typeof starters;
type Services = { [K in SubgraphName]: Awaited<ReturnType<(typeof starters)[K]>> };

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
  };
}

export interface Platform {
  gatewayUrl: string;
  gatewayOrigin: string;
  services: Services;
  /** A GraphQL request to the gateway, as a city developer would send it. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<T>>;
  /** Another gateway on the same subgraphs (stopped with the platform), e.g. to share rate limits. */
  startGateway(options?: Partial<GatewayOptions>): Promise<RunningServer>;
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts a stopped subgraph again on its old port and database location. */
  restartSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

export interface RequestOptions {
  /** The local address to send from (any of 127.0.0.0/8), to act as a different client. */
  from?: string;
}

/** POSTs a GraphQL request; plain node:http so that a test can choose its source address. */
export function postGraphQL<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
  options: RequestOptions = {},
): Promise<GraphQLResponse<T>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        localAddress: options.from,
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          'content-length': Buffer.byteLength(body),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [key, value] of Object.entries(res.headers)) {
            if (typeof value === 'string') responseHeaders.set(key, value);
          }
          try {
            resolve({
              status: res.statusCode ?? 0,
              headers: responseHeaders,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
            });
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Rate limits far above what any test file asks of its own platform (every request comes from
 * 127.0.0.x); the tests of the limits themselves choose theirs.
 */
export const testRateLimits: NonNullable<GatewayOptions['rateLimits']> = {
  store: { kind: 'memory' },
  limits: Object.fromEntries(
    [
      'signUp',
      'signIn',
      'requestPasswordReset',
      'resendVerificationEmail',
      'verifyCertificate',
      'provinceStats',
    ].map((name) => [name, { points: 100_000, durationSeconds: 60 }]),
  ),
};

export async function startPlatform(
  options: {
    seed?: boolean;
    subgraphTimeoutMs?: number;
    relays?: boolean;
    /** Where the relays deliver instead of history's /events (e.g. a server that never answers). */
    historyEventsUrl?: string;
    /** Gateway options beyond the defaults (trusted proxies, rate limits, session-check window). */
    gateway?: Partial<GatewayOptions>;
    /** The notifications service's channels (an SMTP server, the KakaoTalk stand-in) and dispatch. */
    notifications?: Pick<NotificationsOptions, 'email' | 'kakao' | 'dispatch' | 'siteUrl' | 'quietHours'>;
    /** History's public verification page (CERTIFICATE_VERIFY_URL), e.g. on each city's site. */
    history?: Pick<HistoryOptions, 'verificationUrl'>;
  } = {},
): Promise<Platform> {
  const database = await createTestDatabase();
  // PGlite in memory lives inside the service: a restarted subgraph starts empty. On PostgreSQL
  // the restarted subgraph finds its data again, as in production.
  const base = {
    host: '127.0.0.1',
    trust: testTrust,
    location: database.location,
    seed: options.seed ?? true,
  };
  const ports = {} as Record<SubgraphName, number>;
  const services = {} as Services;
  const start = async (name: SubgraphName, port: number) => {
    const historyEventsUrl =
      options.historyEventsUrl ??
      (options.relays && services.history ? `${new URL(services.history.url).origin}/events` : undefined);
    const noticesUrl =
      options.relays && services.notifications
        ? `${new URL(services.notifications.url).origin}/notices`
        : undefined;
    const startOptions: TestStartOptions & {
      historyEventsUrl?: string;
      noticesUrl?: string;
      contentUrl?: string;
      verificationUrl?: string;
    } & NotificationsOptions = {
      ...base,
      ...options.notifications,
      ...options.history,
      port,
      keys: testSigningKeys,
      historyEventsUrl,
      noticesUrl,
      contentUrl: services.content?.url,
    };
    (services as Record<SubgraphName, unknown>)[name] = await starters[name](startOptions);
    ports[name] = services[name].port;
    registerTestSubgraph(services[name]);
  };
  // One after another: on PostgreSQL they migrate the same database.
  for (const name of Object.keys(starters) as SubgraphName[]) await start(name, 0);
  // BAEUMTEO_GATEWAY=hive runs the same tests through Hive Gateway (the tests-hive project); loaded
  // only then, so the other runs never load Hive.
  const gatewayOf =
    process.env.BAEUMTEO_GATEWAY === 'hive'
      ? (await import('@baeumteo/hive-gateway')).startHiveGateway
      : startGateway;
  const launchGateway = (extra: Partial<GatewayOptions> = {}): Promise<RunningServer> =>
    gatewayOf({
      port: 0,
      host: '127.0.0.1',
      key: testSigningKeys.gateway,
      supergraphSdl,
      subgraphUrls: Object.fromEntries(Object.entries(services).map(([name, s]) => [name, s.url])),
      subgraphTimeoutMs: options.subgraphTimeoutMs ?? 10_000,
      tokenKeys: [testSigningKeys.token.publicJwk],
      credentialKeys: [testSigningKeys.credential.publicJwk],
      rateLimits: testRateLimits,
      ...options.gateway,
      ...extra,
    });
  const gateway = await launchGateway();
  const extraGateways: RunningServer[] = [];
  const running = new Set<SubgraphName>(Object.keys(services) as SubgraphName[]);
  return {
    gatewayUrl: gateway.url,
    gatewayOrigin: new URL(gateway.url).origin,
    services,
    query: (query, variables, headers, options) =>
      postGraphQL(gateway.url, query, variables, headers, options),
    startGateway: async (extra) => {
      const another = await launchGateway(extra);
      extraGateways.push(another);
      return another;
    },
    stopSubgraph: async (name) => {
      await services[name].stop();
      running.delete(name);
    },
    restartSubgraph: async (name) => {
      await start(name, ports[name]);
      running.add(name);
    },
    stop: async () => {
      for (const another of extraGateways) await another.stop();
      await gateway.stop();
      for (const name of running) await services[name].stop();
      await database.drop();
    },
  };
}
