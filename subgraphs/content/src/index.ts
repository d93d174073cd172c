import { stopOnSignals } from '@baeumteo/server';
import { env } from './env.ts';
import { startContent } from './service.ts';

const service = await startContent({
  port: env.port,
  host: env.host,
  trust: env.trust,
  location: env.location,
  database: env.database,
  relay: env.relay,
  seed: env.demo,
  historyEventsUrl: env.historyEventsUrl,
  liveJoinUrl: env.liveJoinUrl,
  keys: env.keys,
});
stopOnSignals(service);
