import { stopOnSignals } from '@baeumteo/server';
import { env } from './env.ts';
import { startLearners } from './service.ts';

const service = await startLearners({
  port: env.port,
  host: env.host,
  trust: env.trust,
  location: env.location,
  database: env.database,
  relay: env.relay,
  accessLogRetentionDays: env.accessLogRetentionDays,
  seed: env.demo,
  historyEventsUrl: env.historyEventsUrl,
  sessionLifetimeDays: env.sessionLifetimeDays,
  keys: env.keys,
  admin: env.admin,
});
stopOnSignals(service);
