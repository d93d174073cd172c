// A small node:http front for Apollo Server, shared by the gateway and the subgraphs: body
// limits, JSON parsing, CORS, extra routes (health, readiness, JWKS) and an optional guard.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export type Route = (req: IncomingMessage) => Promise<{ status: number; body: unknown }>;

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

export interface ServeOptions<Ctx extends BaseContext> {
  apollo: ApolloServer<Ctx>;
  context: (req: IncomingMessage, correlationId: string) => Promise<Ctx>;
  port: number;
  host: string;
  graphqlPath?: string;
  /** GET routes beside GraphQL, e.g. /health. */
  routes?: Record<string, Route>;
  /** POST endpoints beside GraphQL taking a JSON body, behind the guard (e.g. event ingestion). */
  actions?: Record<string, (body: unknown) => Promise<{ status: number; body: unknown }>>;
  /** Files served under a path prefix, e.g. certificate PDFs. */
  downloads?: Downloads;
  /** When it returns false the request is refused with 401 before anything runs. */
  guard?: (req: IncomingMessage) => boolean;
  maxBodyBytes?: number;
  cors?: boolean;
  /** Subgraphs keep the gateway's correlation id so that one request can be followed in the logs. */
  trustCorrelationHeader?: boolean;
}

export const correlationHeader = 'x-correlation-id';

export class PayloadTooLargeError extends Error {}

export async function serveHttp<Ctx extends BaseContext>(options: ServeOptions<Ctx>): Promise<RunningServer> {
  const graphqlPath = options.graphqlPath ?? '/graphql';
  const maxBodyBytes = options.maxBodyBytes ?? 100_000;

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent)
        sendJson(res, 500, graphqlError('Internal server error.', 'INTERNAL_SERVER_ERROR'));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const incoming = req.headers[correlationHeader];
    const correlationId =
      options.trustCorrelationHeader && typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming)
        ? incoming
        : randomUUID();
    res.setHeader(correlationHeader, correlationId);
    if (options.cors) {
      res.setHeader('access-control-allow-origin', '*');
      res.setHeader('access-control-allow-headers', 'content-type, authorization, accept');
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader('access-control-expose-headers', `${correlationHeader}, content-disposition`);
      res.setHeader('access-control-max-age', '600');
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = options.routes?.[url.pathname];
    if (route && req.method === 'GET') {
      const { status, body } = await route(req);
      sendJson(res, status, body);
      return;
    }
    const downloads = options.downloads;
    if (downloads && req.method === 'GET' && url.pathname.startsWith(downloads.prefix)) {
      if (downloads.guarded && options.guard && !options.guard(req)) {
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
    if (options.guard && !options.guard(req)) {
      sendJson(res, 401, graphqlError('This service only answers the gateway.', 'UNAUTHENTICATED'));
      return;
    }
    if (action) {
      let input: unknown;
      try {
        input = await readBody(req, maxBodyBytes * 20);
      } catch {
        sendJson(res, 400, { error: 'The body must be JSON.' });
        return;
      }
      const { status, body } = await action(input);
      sendJson(res, status, body);
      return;
    }
    let body: unknown;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) {
        sendJson(
          res,
          413,
          graphqlError(`The request body is larger than ${maxBodyBytes} bytes.`, 'BAD_REQUEST'),
        );
      } else {
        sendJson(res, 400, graphqlError('The request body is not valid JSON.', 'BAD_REQUEST'));
      }
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method?.toUpperCase() ?? 'GET', headers, search: url.search, body },
      context: () => options.context(req, correlationId),
    });
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
  return {
    url: `http://${host}:${port}${graphqlPath}`,
    port,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await options.apollo.stop();
    },
  };
}

const documentErrorCodes = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/**
 * GraphQL over HTTP: a client that accepts only application/json gets 200 for a well-formed
 * request whose document does not parse, validate or coerce (the errors are in the body);
 * application/graphql-response+json clients get the 400 that Apollo Server sends.
 */
function isLegacyRequestError(status: number, contentType: string | undefined, body: string): boolean {
  if (status !== 400 || !contentType?.startsWith('application/json')) return false;
  try {
    const { errors } = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    return !!errors?.length && errors.every((e) => documentErrorCodes.has(e.extensions?.code ?? ''));
  } catch {
    return false;
  }
}

/** Reads a JSON body (or nothing); other content types are handed on as text for Apollo to refuse. */
async function readBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new PayloadTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PayloadTooLargeError();
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  const type = req.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('application/json')) return text;
  return JSON.parse(text);
}

function graphqlError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** Stops a server cleanly on Ctrl+C or SIGTERM (closing its database), then exits. */
export function stopOnSignals(server: { stop(): Promise<void> }): void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
