import { stopOnSignals } from '@baeumteo/server';
import { env } from './env.ts';
import { startContent } from './service.ts';

const service = await startContent({
  port: env.port,
  host: env.host,
  secret: env.gatewaySecret,
  location: env.location,
  seed: true,
  historyEventsUrl: env.historyEventsUrl,
  liveJoinUrl: env.liveJoinUrl,
});
stopOnSignals(service);
