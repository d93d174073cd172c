// Starts Hive Gateway from the same environment as our Apollo gateway (gateway/src env.ts): the
// same variables, port and keys. Telemetry starts first, as in gateway/src index.ts: the http,
// undici and pg instrumentations patch those modules as they load.
import { startTelemetry } from '@baeumteo/server/telemetry';

await startTelemetry('gateway');
const { stopOnSignals } = await import('@baeumteo/server');
const { env } = await import('@baeumteo/gateway/env');
const { startHiveGateway } = await import('./gateway.ts');

stopOnSignals(await startHiveGateway(env), env.shutdown);
