import { stopOnSignals } from '@baeumteo/server';
import { env } from './env.ts';
import { startHistory } from './service.ts';

const service = await startHistory({
  port: env.port,
  host: env.host,
  trust: env.trust,
  location: env.location,
  database: env.database,
  accessLogRetentionDays: env.accessLogRetentionDays,
  keys: env.keys,
  verificationUrl: env.verificationUrl,
});
stopOnSignals(service);
