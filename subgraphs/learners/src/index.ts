import { env } from './env.ts';
import { startLearners } from './service.ts';

await startLearners({
  port: env.port,
  host: env.host,
  secret: env.gatewaySecret,
  location: env.location,
  seed: true,
});
