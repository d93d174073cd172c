// The only file of the learners subgraph that reads process.env.
import { readServiceEnv } from '@baeumteo/server';

export const env = readServiceEnv(process.env, { portVariable: 'LEARNERS_PORT', defaultPort: 4001 });
