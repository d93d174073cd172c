// The outbox relay's span around one delivery to history. A batch gathers events queued by many
// requests, so the delivery starts a trace of its own and links to the trace of each row's
// queuing (the traceparent stored with the row); the POST it makes carries the delivery's
// traceparent, so history's handling of the batch, SQL included, sits under it.
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { failureLine } from './retry.ts';
import { linkTo } from './traceparent.ts';

const tracer = trace.getTracer('@baeumteo/server/relay');

export function inDeliverySpan<T>(
  producer: string,
  rows: readonly { traceparent: string | null }[],
  send: () => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(
    'outbox delivery',
    {
      root: true,
      kind: SpanKind.PRODUCER,
      links: rows.flatMap((row) => linkTo(row.traceparent)),
      attributes: {
        'messaging.operation.type': 'send',
        'messaging.batch.message_count': rows.length,
        'baeumteo.outbox.producer': producer,
      },
    },
    async (span) => {
      try {
        return await send();
      } catch (error) {
        // The line the relay stores for the row: who refused and how, never the payload.
        span.setStatus({ code: SpanStatusCode.ERROR, message: failureLine(error) });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}
