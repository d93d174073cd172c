// What every gateway on the supergraph does the same way, whichever engine plans and runs the
// queries (@apollo/gateway in gateway.ts, Hive Gateway in gateway/hive): the key that signs subgraph
// calls, the caller's verification, the client's address, and the HTTP front around GraphQL
// (health, readiness, JWKS, metrics, downloads, CORS, the request deadline).
import type { IncomingMessage } from 'node:http';
import { downloads, sessionCheckEndpoint } from '@baeumteo/contracts';
import {
  mergeJwks,
  metricsRoute,
  type ServeOptions,
  type ServiceSigner,
  serviceSigner,
} from '@baeumteo/server';
import { createGatewayContext, type GatewayContext } from './context.ts';
import { downloadsProxy } from './downloads.ts';
import type { GatewayOptions } from './gateway.ts';
import { addressOf, sessionVerifier } from './identity.ts';
import { gatewayMetrics } from './metrics.ts';

/** The subgraphs named in a supergraph, with their URLs (overrides applied). */
export function subgraphsOf(supergraphSdl: string, overrides: Record<string, string> = {}) {
  return [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map(
    ([, name, url]) => ({
      name: name as string,
      url: overrides[name as string] ?? (url as string),
    }),
  );
}

/** serveHttp's options except the GraphQL server and its context: the same for every gateway. */
export type EdgeServeOptions = Omit<ServeOptions<GatewayContext>, 'apollo' | 'context'>;

export interface GatewayEdge {
  signer: ServiceSigner<'gateway'>;
  subgraphs: { name: string; url: string }[];
  /** How long one subgraph call may take. */
  subgraphTimeoutMs: number;
  /** Who a request comes from: its correlation id, client address and verified caller (or a 401/503 error). */
  context: (req: IncomingMessage, correlationId: string) => Promise<GatewayContext>;
  /** Drops what this instance remembers of a learner's sessions (sessionEnds.ts). */
  forgetSessions: (learnerId: string) => void;
  http: EdgeServeOptions;
}

export function gatewayEdge(options: GatewayOptions): GatewayEdge {
  const signer = serviceSigner('gateway', options.key);
  // Anyone verifies tokens and certificates offline with these: active and retired keys.
  const jwks = mergeJwks(options.tokenKeys, options.credentialKeys);
  const subgraphTimeoutMs = options.subgraphTimeoutMs ?? 10_000;
  const subgraphs = subgraphsOf(options.supergraphSdl, options.subgraphUrls ?? {});
  const urlOf = (name: string) => subgraphs.find((s) => s.name === name)?.url;
  const learnersUrl = urlOf(sessionCheckEndpoint.owner);
  if (!learnersUrl) throw new Error(`the supergraph has no ${sessionCheckEndpoint.owner} subgraph`);
  const sessions = sessionVerifier(options.tokenKeys, {
    learnersUrl,
    signer,
    ttlMs: options.sessionCheckTtlMs,
    timeoutMs: options.subgraphTimeoutMs,
  });
  const clientOf = addressOf(options.trustProxy);
  const downloadsUrl = urlOf(downloads.owner);
  return {
    signer,
    subgraphs,
    subgraphTimeoutMs,
    context: (req, correlationId) => createGatewayContext(req, correlationId, sessions.verify, clientOf),
    forgetSessions: sessions.forget,
    http: {
      service: 'gateway',
      port: options.port,
      host: options.host,
      cors: true,
      deadlineMs: options.requestDeadlineMs ?? 30_000,
      ...(downloadsUrl
        ? {
            downloads: downloadsProxy({
              ownerUrl: downloadsUrl,
              signer,
              verify: sessions.verify,
              addressOf: clientOf,
              timeoutMs: subgraphTimeoutMs,
            }),
          }
        : {}),
      routes: {
        '/health': async () => ({ status: 200, body: { status: 'ok' } }),
        '/.well-known/jwks.json': async () => ({ status: 200, body: jwks }),
        '/metrics': metricsRoute(gatewayMetrics(), options.metricsToken),
        // The gateway's own readiness (it serves the supergraph it loaded): a subgraph that is down
        // costs its fields, and must not take every gateway out of the load balancer.
        '/ready': async () => ({ status: 200, body: { status: 'ready' } }),
      },
    },
  };
}
