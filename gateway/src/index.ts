import { stopOnSignals } from '@baeumteo/server';
import { env } from './env.ts';
import { startGateway } from './gateway.ts';

stopOnSignals(await startGateway(env), env.shutdown);
