import { stopOnSignals } from '@baeumteo/server';
import { env } from './env.ts';
import { startCourses } from './service.ts';

const service = await startCourses({
  port: env.port,
  host: env.host,
  trust: env.trust,
  location: env.location,
  database: env.database,
  relay: env.relay,
  accessLogRetentionDays: env.accessLogRetentionDays,
  seed: env.demo,
  historyEventsUrl: env.historyEventsUrl,
  contentUrl: env.contentUrl,
  keys: env.keys,
});
stopOnSignals(service);
