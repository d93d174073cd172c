import { stopOnSignals } from '@baeumteo/server';
import { env } from './env.ts';
import { startLearners } from './service.ts';

const service = await startLearners({
  port: env.port,
  host: env.host,
  secret: env.gatewaySecret,
  location: env.location,
  seed: true,
  historyEventsUrl: env.historyEventsUrl,
  keys: env.keys,
  admin: env.admin,
});
stopOnSignals(service);
