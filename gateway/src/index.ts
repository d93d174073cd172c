import { env } from './env.ts';
import { startGateway } from './gateway.ts';

await startGateway(env);
