// Telemetry starts before anything else is imported (see gateway/src/index.ts).
import { startTelemetry } from '@baeumteo/server/telemetry';

await startTelemetry('history');
const { stopOnSignals } = await import('@baeumteo/server');
const { env } = await import('./env.ts');
const { startHistory } = await import('./service.ts');

const service = await startHistory({
  port: env.port,
  host: env.host,
  trust: env.trust,
  location: env.location,
  database: env.database,
  accessLogRetentionDays: env.accessLogRetentionDays,
  metricsToken: env.metricsToken,
  keys: env.keys,
  verificationUrl: env.verificationUrl,
  noticesUrl: env.noticesUrl,
  relay: env.relay,
});
stopOnSignals(service);
