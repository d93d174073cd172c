import { stopOnSignals } from '@baeumteo/server';
import { env } from './env.ts';
import { startHistory } from './service.ts';

const service = await startHistory({
  port: env.port,
  host: env.host,
  secret: env.gatewaySecret,
  location: env.location,
  keys: env.keys,
  verificationUrl: env.verificationUrl,
});
stopOnSignals(service);
