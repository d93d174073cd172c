import { env } from './env.ts';
import { startContent } from './service.ts';

await startContent({
  port: env.port,
  host: env.host,
  secret: env.gatewaySecret,
  location: env.location,
  seed: true,
});
