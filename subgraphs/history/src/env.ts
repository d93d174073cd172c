// The only file of the history subgraph that reads process.env.
import { readServiceEnv, signingKeysOf } from '@baeumteo/server';

export const env = {
  ...readServiceEnv(process.env, { portVariable: 'HISTORY_PORT', defaultPort: 4004 }),
  keys: signingKeysOf(process.env),
  /** The public verification page; {number} is replaced by the certificate number. */
  verificationUrl: process.env.CERTIFICATE_VERIFY_URL || undefined,
};
