// The only file of the content subgraph that reads process.env.
import { readServiceEnv } from '@baeumteo/server';

export const env = readServiceEnv(process.env, { portVariable: 'CONTENT_PORT', defaultPort: 4003 });
