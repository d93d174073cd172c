// The only file of the history subgraph that reads process.env.
import { readServiceEnv } from '@baeumteo/server';

export const env = readServiceEnv(process.env, { portVariable: 'HISTORY_PORT', defaultPort: 4004 });
