// Telemetry starts before anything else is imported (see gateway/src/index.ts).
import { startTelemetry } from '@baeumteo/server/telemetry';

await startTelemetry('content');
const { stopOnSignals } = await import('@baeumteo/server');
const { env } = await import('./env.ts');
const { startContent } = await import('./service.ts');

const service = await startContent({
  port: env.port,
  host: env.host,
  trust: env.trust,
  location: env.location,
  database: env.database,
  relay: env.relay,
  seed: env.demo,
  metricsToken: env.metricsToken,
  historyEventsUrl: env.historyEventsUrl,
  noticesUrl: env.noticesUrl,
  siteUrl: env.siteUrl,
  liveJoinUrl: env.liveJoinUrl,
  keys: env.keys,
});
stopOnSignals(service);
