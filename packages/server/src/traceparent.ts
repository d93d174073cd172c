// The trace of work that outlives its request: a learning event waits in an outbox with the W3C
// traceparent of the transaction that queued it, and the relay that later delivers it links its
// delivery to that context. Always W3C here, whatever the process propagates: it is stored.
import {
  context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  type Link,
  ROOT_CONTEXT,
  trace,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

const w3c = new W3CTraceContextPropagator();

/** The traceparent of the span active now, or null when nothing is traced (telemetry off). */
export function currentTraceparent(): string | null {
  const carrier: Record<string, string> = {};
  w3c.inject(context.active(), carrier, defaultTextMapSetter);
  return carrier.traceparent ?? null;
}

/** A link to the context a traceparent names; none for null or anything malformed. */
export function linkTo(traceparent: string | null | undefined): Link[] {
  if (!traceparent) return [];
  const spanContext = trace.getSpanContext(w3c.extract(ROOT_CONTEXT, { traceparent }, defaultTextMapGetter));
  return spanContext && trace.isSpanContextValid(spanContext) ? [{ context: spanContext }] : [];
}
