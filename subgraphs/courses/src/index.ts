import { stopOnSignals } from '@baeumteo/server';
import { env } from './env.ts';
import { startCourses } from './service.ts';

const service = await startCourses({
  port: env.port,
  host: env.host,
  secret: env.gatewaySecret,
  location: env.location,
  seed: true,
  historyEventsUrl: env.historyEventsUrl,
  contentUrl: env.contentUrl,
});
stopOnSignals(service);
