import { env } from './env.ts';
import { startHistory } from './service.ts';

await startHistory({ port: env.port, host: env.host, secret: env.gatewaySecret, location: env.location });
