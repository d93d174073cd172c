// OpenTelemetry traces for one process of the platform. Off unless OTEL_EXPORTER_OTLP_ENDPOINT
// (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set: then the SDK starts with the undici (fetch),
// http (client side) and pg instrumentations, W3C trace-context propagation, service.name
// `baeumteo-<name>` and the OTLP/HTTP exporter (JSON); the other standard OTEL_* variables
// (headers, timeout, sampler, batch sizes, resource attributes, OTEL_SDK_DISABLED) apply as the
// SDK defines them. Off, nothing of the SDK is even loaded, and every span call is a no-op.
//
// A process starts it before it imports anything else (see gateway/src/index.ts), since ESM imports
// all load before a module's first line runs: a CommonJS library such as @apollo/gateway takes its
// tracer from its own copy of the API as it loads, which never learns of an SDK registered later,
// and the pg instrumentation patches `pg` as it loads. fetch needs no patching (undici reports
// through diagnostics_channel), and the server and SQL spans are this package's (httpSpans.ts,
// sqlSpans.ts), so no ESM loader hook is needed.
import { context, propagation, trace } from '@opentelemetry/api';
import { observeStatements } from './dbStatements.ts';
import { sqlSpans } from './sqlSpans.ts';

export interface Telemetry {
  /** Exports the spans ended so far. */
  flush(): Promise<void>;
  /** Flushes, then stops the SDK; waits at most `timeoutMs` (3 s) for a collector that does not answer. */
  shutdown(timeoutMs?: number): Promise<void>;
}

const off: Telemetry = { flush: async () => {}, shutdown: async () => {} };
let running: Telemetry = off;

/** Where spans go, when anywhere: the traces endpoint as given, or the base endpoint's /v1/traces. */
export function tracesEndpointOf(env: NodeJS.ProcessEnv): string | undefined {
  if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return base ? `${base.replace(/\/+$/, '')}/v1/traces` : undefined;
}

/** Starts tracing for `service` (e.g. "courses") when an endpoint is configured; once per process. */
export async function startTelemetry(
  service: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<Telemetry> {
  const url = tracesEndpointOf(env);
  if (!url || running !== off) return running;
  const [{ NodeSDK }, { OTLPTraceExporter }, { W3CTraceContextPropagator }, http, undici, pg] =
    await Promise.all([
      import('@opentelemetry/sdk-node'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/core'),
      import('@opentelemetry/instrumentation-http'),
      import('@opentelemetry/instrumentation-undici'),
      import('@opentelemetry/instrumentation-pg'),
    ]);
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME || `baeumteo-${service}`,
    traceExporter: new OTLPTraceExporter({ url }),
    // Traces only: the platform's metrics are Prometheus' (/metrics) and its logs pino's.
    metricReaders: [],
    logRecordProcessors: [],
    textMapPropagator: new W3CTraceContextPropagator(),
    instrumentations: [
      // A fetch made outside any span (none is, in the platform) starts no trace of its own.
      new undici.UndiciInstrumentation({ requireParentforSpans: true }),
      // Server spans come from httpSpans.ts, reliably under ESM; this would add a second one
      // whenever it did manage to patch node:http.
      new http.HttpInstrumentation({
        disableIncomingRequestInstrumentation: true,
        requireParentforOutgoingSpans: true,
      }),
      // The rate-limit store's pool; its statements, like ours, are recorded without their values.
      new pg.PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  const unobserve = observeStatements(sqlSpans);
  running = {
    flush: async () => {
      const provider = trace.getTracerProvider() as {
        getDelegate?: () => { forceFlush?: () => Promise<void> };
      };
      await provider.getDelegate?.().forceFlush?.();
    },
    shutdown: async (timeoutMs = 3_000) => {
      unobserve();
      running = off;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([sdk.shutdown().catch(() => {}), late]);
      clearTimeout(timer);
      // The API keeps what the SDK registered after shutdown; let a later start register again.
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
  return running;
}

/** The telemetry this process started (a no-op when it is off): stopOnSignals flushes it on the way out. */
export function runningTelemetry(): Telemetry {
  return running;
}
