// A small node:http front for Apollo Server, shared by the gateway and the subgraphs: body
// limits, JSON parsing, CORS, extra routes (health, readiness, JWKS, metrics), an optional guard,
// and one access line per request (accessLog.ts).
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { activeTraceId, logAccess } from './accessLog.ts';
import {
  graphqlError,
  isLegacyRequestError,
  PayloadTooLargeError,
  parseBody,
  readRaw,
  sendJson,
  sleep,
  withDeadline,
} from './httpParts.ts';
import { requestSpans } from './httpSpans.ts';
import { createLogger } from './logger.ts';
import { type RequestNotes, withRequestNotes } from './requestScope.ts';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
  /**
   * Graceful shutdown: /ready answers 503 at once (load balancers stop sending), requests keep
   * being served for `graceMs`, then new connections are refused and those in flight get up to
   * `deadlineMs` to finish before the rest are cut. stop() afterwards closes what is left.
   */
  drain?(options: DrainOptions): Promise<void>;
}

export interface DrainOptions {
  graceMs: number;
  deadlineMs: number;
}

/** A GET beside GraphQL: a JSON body, or a FileResponse for anything else (e.g. /metrics' text). */
export type Route = (req: IncomingMessage) => Promise<{ status: number; body: unknown } | FileResponse>;

/** A file answer (a PDF, a CSV) or an error as JSON: what a download handler returns. */
export interface FileResponse {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

export const jsonResponse = (status: number, body: unknown): FileResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
});

/** GET requests under a path prefix (e.g. /downloads/) answered with files. */
export interface Downloads {
  prefix: string;
  handler: (req: IncomingMessage, url: URL, correlationId: string) => Promise<FileResponse>;
  /** Whether the guard applies (subgraphs: yes; the gateway checks the caller's token instead). */
  guarded: boolean;
}

/** What serveHttp asks of the GraphQL server behind it: Apollo Server, or another in its shape. */
export type GraphQLFront<Ctx extends BaseContext> = Pick<
  ApolloServer<Ctx>,
  'executeHTTPGraphQLRequest' | 'stop'
>;

export interface ServeOptions<Ctx extends BaseContext> {
  /** Names the process in its access lines, e.g. "gateway" or "courses". */
  service: string;
  apollo: GraphQLFront<Ctx>;
  context: (req: IncomingMessage, correlationId: string) => Promise<Ctx>;
  port: number;
  host: string;
  graphqlPath?: string;
  /** GET routes beside GraphQL, e.g. /health. */
  routes?: Record<string, Route>;
  /** POST endpoints beside GraphQL taking a JSON body, behind the guard (e.g. event ingestion). */
  actions?: Record<
    string,
    (body: unknown, req: IncomingMessage) => Promise<{ status: number; body: unknown }>
  >;
  /** Files served under a path prefix, e.g. certificate PDFs. */
  downloads?: Downloads;
  /** When it returns false the request is refused with 401 before anything runs. */
  /** Given the raw body it must prove (empty for a GET), it resolves false to refuse the request with 401. */
  guard?: (req: IncomingMessage, body: Buffer) => Promise<boolean>;
  maxBodyBytes?: number;
  cors?: boolean;
  /**
   * Subgraphs keep the gateway's correlation id so that one request can be followed in the logs,
   * and continue its trace (`traceparent`); the gateway starts its own.
   */
  trustCorrelationHeader?: boolean;
  /** The longest a GraphQL request may take; past it the client gets a 504 with a correlation id. */
  deadlineMs?: number;
}

export const correlationHeader = 'x-correlation-id';

export { PayloadTooLargeError } from './httpParts.ts';

export async function serveHttp<Ctx extends BaseContext>(options: ServeOptions<Ctx>): Promise<RunningServer> {
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 100_000;

  let draining = false;
  let inFlight = 0;
  let settled: (() => void) | undefined;
  const log = createLogger(options.service);
  const traced = requestSpans({
    continueTrace: options.trustCorrelationHeader === true,
    routes: [graphqlPath, ...Object.keys(options.actions ?? {})],
    prefixes: options.downloads ? [options.downloads.prefix] : [],
  });
  const server = createServer((req, res) => {
    inFlight++;
    const started = performance.now();
    const notes: RequestNotes = {};
    res.once('close', () => {
      inFlight--;
      logAccess(log, req, res, notes, performance.now() - started);
      if (inFlight === 0) settled?.();
    });
    traced(req, res, () => withRequestNotes(notes, () => handle(req, res, notes))).catch(() => {
      if (!res.headersSent)
        sendJson(res, 500, graphqlError('Internal server error.', 'INTERNAL_SERVER_ERROR'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, notes: RequestNotes): Promise<void> {
    const incoming = req.headers[correlationHeader];
    const correlationId =
      options.trustCorrelationHeader && typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming)
        ? incoming
        : randomUUID();
    res.setHeader(correlationHeader, correlationId);
    notes.correlationId = correlationId;
    const traceId = activeTraceId();
    if (traceId) notes.traceId = traceId;
    if (options.cors) {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', 'content-type, authorization, accept');
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader(
        'access-control-expose-headers',
        `${correlationHeader}, content-disposition, retry-after`,
      );
      res.setHeader('access-control-max-age', '600');
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (draining && url.pathname === '/ready') {
      sendJson(res, 503, { status: 'shutting down' });
      return;
    }
    const route = options.routes?.[url.pathname];
    if (route && req.method === 'GET') {
      const answer = await route(req);
      if ('headers' in answer) res.writeHead(answer.status, answer.headers).end(answer.body);
      else sendJson(res, answer.status, answer.body);
      return;
    }
    const downloads = options.downloads;
    if (downloads && req.method === 'GET' && url.pathname.startsWith(downloads.prefix)) {
      if (downloads.guarded && options.guard && !(await options.guard(req, Buffer.alloc(0)))) {
        sendJson(res, 401, graphqlError('This service only answers the gateway.', 'UNAUTHENTICATED'));
        return;
      }
      const file = await downloads.handler(req, url, correlationId);
      res.writeHead(file.status, file.headers).end(file.body);
      return;
    }
    const action = req.method === 'POST' ? options.actions?.[url.pathname] : undefined;
    if (url.pathname !== graphqlPath && !action) {
      sendJson(res, 404, { error: 'Not found' });
      return;
    }
    const limit = action ? maxBodyBytes * 20 : maxBodyBytes;
    let raw: Buffer;
    try {
      raw = await readRaw(req, limit);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) {
        sendJson(res, 413, graphqlError(`The request body is larger than ${limit} bytes.`, 'BAD_REQUEST'));
      } else {
        sendJson(res, 400, graphqlError('The request body could not be read.', 'BAD_REQUEST'));
      }
      return;
    }
    // The guard sees the exact bytes: a subgraph checks that the sender's signature covers them.
    if (options.guard && !(await options.guard(req, raw))) {
      sendJson(res, 401, graphqlError('This service only answers the gateway.', 'UNAUTHENTICATED'));
      return;
    }
    if (action) {
      let input: unknown;
      try {
        input = parseBody(req, raw);
      } catch {
        sendJson(res, 400, { error: 'The body must be JSON.' });
        return;
      }
      const { status, body } = await action(input, req);
      sendJson(res, status, body);
      return;
    }
    let body: unknown;
    try {
      body = parseBody(req, raw);
    } catch {
      sendJson(res, 400, graphqlError('The request body is not valid JSON.', 'BAD_REQUEST'));
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await withDeadline(
      options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: url.search, body },
        context: () => options.context(req, correlationId),
      }),
      options.deadlineMs,
    );
    if (response === 'late') {
      sendJson(res, 504, {
        errors: [
          {
            message: 'The request took too long to answer. Try again shortly.',
            extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
          },
        ],
      });
      return;
    }
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      if (isLegacyRequestError(res.statusCode, response.headers.get('content-type'), response.body.string)) {
        res.statusCode = 200;
      }
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  return {
    url: `http://${host}:${port}${graphqlPath}`,
    port,
    drain: async ({ graceMs, deadlineMs }) => {
      draining = true;
      await sleep(graceMs);
      server.close();
      server.closeIdleConnections();
      const idle = inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (settled = resolve));
      await Promise.race([idle, sleep(deadlineMs)]);
      server.closeAllConnections();
      await closed;
    },
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await options.apollo.stop();
    },
  };
}
