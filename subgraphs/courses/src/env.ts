// The only file of the courses subgraph that reads process.env.
import { readServiceEnv } from '@baeumteo/server';

export const env = readServiceEnv(process.env, { portVariable: 'COURSES_PORT', defaultPort: 4002 });
