// The environment every subgraph reads, parsed once with what it adds of its own: where it
// listens, its database and how it logs in, the keys it signs with and the senders it trusts.
// Each subgraph's env.ts names its port, keys, trusted senders and extra variables.
import { z } from 'zod';
import type { Env } from './env.ts';
import { commonEnv, databaseUrlVar, parseEnv, port, productionOf, serviceEnvOf } from './envSchema.ts';
import { privateKeysOf, publicKeysOf } from './keyStore.ts';
import type { KeyName } from './keys.ts';
import { storageEnv, storageEnvOf } from './storageEnv.ts';

export interface SubgraphEnvSpec<K extends KeyName, T extends KeyName, X extends z.ZodRawShape> {
  name: string;
  /** Its port variable and default, e.g. services.courses from @baeumteo/contracts. */
  port: { portVariable: string; port: number };
  /** The keys it signs with (its own; learners also the token key, history the credential key). */
  keys: readonly K[];
  /** Whose signatures it accepts: the gateway, and the callers of its internal endpoints. */
  trust: readonly T[];
  /** Its own variables, e.g. HISTORY_EVENTS_URL. */
  extra: X;
}

export function parseSubgraphEnv<K extends KeyName, T extends KeyName, X extends z.ZodRawShape>(
  env: Env,
  spec: SubgraphEnvSpec<K, T, X>,
) {
  const base = parseEnv(commonEnv.extend({ ...databaseUrlVar, ...storageEnv<string>(spec.name) }), env);
  const { portVariable } = spec.port;
  const listen =
    parseEnv(z.object({ [portVariable]: port(spec.port.port) }), env)[portVariable] ?? spec.port.port;
  const vars = parseEnv(z.object(spec.extra), env);
  const production = productionOf(base);
  const storage = storageEnvOf(base, spec.name);
  const listening = serviceEnvOf(base, listen);
  // Given only its own connection string, the service runs on PostgreSQL without migrating:
  // `pnpm migrate` (a Job, with the owner's DATABASE_URL) ran them before.
  const serviceUrl = storage.database.serviceUrl;
  const location = !base.DATABASE_URL && serviceUrl ? { service: serviceUrl } : listening.location;
  return {
    vars,
    service: {
      ...listening,
      location,
      ...storage,
      production,
      trust: publicKeysOf(env, spec.trust, production),
      keys: privateKeysOf(env, spec.keys, production),
    },
  };
}
