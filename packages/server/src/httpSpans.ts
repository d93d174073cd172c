// The server span of each request a process serves (GraphQL, internal endpoints, downloads),
// made here rather than by @opentelemetry/instrumentation-http: under ESM that instrumentation
// patches node:http only if some CommonJS module happens to require it after telemetry started,
// so its spans would come and go with the dependency tree (telemetry.ts turns its server side off).
// A subgraph continues the trace its caller sent in `traceparent`; the public gateway starts its
// own and only links to a client's, so no one outside chooses the platform's trace ids or sampling.
// Probes (/health, /ready, /metrics), preflights and unknown paths make no span: they would bury
// the requests worth reading.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

const tracer = trace.getTracer('@baeumteo/server/http');

export interface RequestSpanOptions {
  /** Whether the caller's traceparent is continued (subgraphs) or only linked to (the gateway). */
  continueTrace: boolean;
  /** The paths served, as http.route: GraphQL's and the internal endpoints'. */
  routes: readonly string[];
  /** Path prefixes served, e.g. /downloads/ (http.route `/downloads/*`). */
  prefixes: readonly string[];
}

/** Wraps a request's handling in its server span, active for everything the handling does. */
export function requestSpans(options: RequestSpanOptions) {
  const routes = new Set(options.routes);
  const routeOf = (path: string): string | undefined => {
    if (routes.has(path)) return path;
    const prefix = options.prefixes.find((p) => path.startsWith(p));
    return prefix && `${prefix}*`;
  };

  return (req: IncomingMessage, res: ServerResponse, handle: () => Promise<void>): Promise<void> => {
    const method = req.method ?? 'GET';
    const path = pathOf(req.url);
    const route = path && (method === 'GET' || method === 'POST') ? routeOf(path) : undefined;
    if (!path || !route) return handle();
    const sent = propagation.extract(ROOT_CONTEXT, req.headers);
    const sender = trace.getSpanContext(sent);
    const parent = options.continueTrace ? sent : ROOT_CONTEXT;
    const span = tracer.startSpan(
      `${method} ${route}`,
      {
        kind: SpanKind.SERVER,
        attributes: {
          'http.request.method': method,
          'http.route': route,
          'url.path': path,
          'url.scheme': 'http',
          'server.port': req.socket.localPort ?? 0,
        },
        ...(!options.continueTrace && sender ? { links: [{ context: sender }] } : {}),
      },
      parent,
    );
    res.once('close', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    return context.with(trace.setSpan(parent, span), handle);
  };
}

/** The request's path; none for a target that does not parse (the handler answers those as before). */
function pathOf(target: string | undefined): string | undefined {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}
