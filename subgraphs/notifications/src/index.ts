// Telemetry starts before anything else is imported (see gateway/src/index.ts).
import { startTelemetry } from '@baeumteo/server/telemetry';

await startTelemetry('notifications');
const { stopOnSignals } = await import('@baeumteo/server');
const { env } = await import('./env.ts');
const { startNotifications } = await import('./service.ts');

const service = await startNotifications({
  port: env.port,
  host: env.host,
  trust: env.trust,
  location: env.location,
  database: env.database,
  metricsToken: env.metricsToken,
  email: env.email,
  kakao: env.kakao,
  siteUrl: env.siteUrl,
  quietHours: env.quietHours,
});
stopOnSignals(service);
