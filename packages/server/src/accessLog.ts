// The access line: one per HTTP request, written by the HTTP front when the answer is sent. It
// says what was asked and how it ended, and links to the request's trace and correlation id;
// never what was sent (variables, query text, bodies, tokens) nor who sent it (no address).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { trace } from '@opentelemetry/api';
import type { Logger } from './logger.ts';
import type { RequestNotes } from './requestScope.ts';

/** Load balancers and Prometheus ask these every few seconds: debug, or they drown the rest. */
const probePaths = new Set(['/health', '/ready', '/metrics']);

/** The active OpenTelemetry trace's id, when tracing runs (otherwise there is none). */
export function activeTraceId(): string | undefined {
  const context = trace.getActiveSpan()?.spanContext();
  return context && trace.isSpanContextValid(context) ? context.traceId : undefined;
}

export function logAccess(
  log: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  notes: RequestNotes,
  durationMs: number,
): void {
  // The raw path without its query string (which may carry anything), cut to a sane length.
  const path = (req.url ?? '/').split('?', 1)[0]?.slice(0, 200) ?? '/';
  const fields = {
    method: req.method,
    path,
    status: res.statusCode,
    durationMs: Math.round(durationMs * 10) / 10,
    ...(notes.operation ? { operation: notes.operation } : {}),
    ...(notes.correlationId ? { correlationId: notes.correlationId } : {}),
    ...(notes.traceId ? { traceId: notes.traceId } : {}),
    // The client left before the whole answer was sent.
    ...(res.writableFinished ? {} : { aborted: true }),
  };
  if (probePaths.has(path)) log.debug('request', fields);
  else log.info('request', fields);
}
