// The only file of the content subgraph that reads process.env.
import { readServiceEnv } from '@baeumteo/server';

export const env = {
  ...readServiceEnv(process.env, { portVariable: 'CONTENT_PORT', defaultPort: 4003 }),
  /** The video provider's join address, with {room} and {participant}. */
  liveJoinUrl: process.env.LIVE_JOIN_URL || undefined,
};
