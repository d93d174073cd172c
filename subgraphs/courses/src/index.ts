import { env } from './env.ts';
import { startCourses } from './service.ts';

await startCourses({
  port: env.port,
  host: env.host,
  secret: env.gatewaySecret,
  location: env.location,
  seed: true,
});
