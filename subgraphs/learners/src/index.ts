// Telemetry starts before anything else is imported (see gateway/src/index.ts).
import { startTelemetry } from '@baeumteo/server/telemetry';

await startTelemetry('learners');
const { stopOnSignals } = await import('@baeumteo/server');
const { env } = await import('./env.ts');
const { startLearners } = await import('./service.ts');

const service = await startLearners({
  port: env.port,
  host: env.host,
  trust: env.trust,
  location: env.location,
  database: env.database,
  relay: env.relay,
  accessLogRetentionDays: env.accessLogRetentionDays,
  seed: env.demo,
  metricsToken: env.metricsToken,
  historyEventsUrl: env.historyEventsUrl,
  noticesUrl: env.noticesUrl,
  sessionLifetimeDays: env.sessionLifetimeDays,
  keys: env.keys,
  admin: env.admin,
});
stopOnSignals(service);
