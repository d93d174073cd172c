// Telemetry starts before anything else is imported, since static imports all load before this
// line runs: @apollo/gateway takes its tracer as it loads (one taken before the SDK started stays
// a no-op), and the pg instrumentation patches `pg` (the rate-limit store) as it loads.
import { startTelemetry } from '@baeumteo/server/telemetry';

await startTelemetry('gateway');
const { stopOnSignals } = await import('@baeumteo/server');
const { env } = await import('./env.ts');
const { startGateway } = await import('./gateway.ts');

stopOnSignals(await startGateway(env), env.shutdown);
