// Starts Hive Gateway from the same environment as our Apollo gateway (gateway/src env.ts): the
// same variables, port and keys, plus Hive's own HIVE_ROUTER_RUNTIME (its Rust query planner) and
// BAEUMTEO_HIVE_DEDUPLICATE=1 (Hive's default request merging, unsafe for signed-in callers: only
// `pnpm bench:gateway` sets it). Telemetry starts first, as in gateway/src index.ts: the http,
// undici and pg instrumentations patch those modules as they load.
import { startTelemetry } from '@baeumteo/server/telemetry';

await startTelemetry('gateway');
const { stopOnSignals } = await import('@baeumteo/server');
const { env } = await import('@baeumteo/gateway/env');
const { startHiveGateway } = await import('./gateway.ts');

const truthy = (value: string | undefined) => !!value && !['0', 'false', 'no', 'off'].includes(value);
stopOnSignals(
  await startHiveGateway(env, {
    routerRuntime: truthy(process.env.HIVE_ROUTER_RUNTIME),
    deduplicateInflightRequests: truthy(process.env.BAEUMTEO_HIVE_DEDUPLICATE),
  }),
  env.shutdown,
);
