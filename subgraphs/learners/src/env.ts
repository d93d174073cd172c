// The only file of the learners subgraph that reads process.env.
import { readServiceEnv, signingKeysOf } from '@baeumteo/server';

const { BAEUMTEO_ADMIN_EMAIL: adminEmail, BAEUMTEO_ADMIN_PASSWORD: adminPassword } = process.env;

export const env = {
  ...readServiceEnv(process.env, { portVariable: 'LEARNERS_PORT', defaultPort: 4001 }),
  keys: signingKeysOf(process.env),
  admin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
};
