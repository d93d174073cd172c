// `pnpm migrate` and each subgraph's `src/migrate.ts`: the migrations of one release, run once
// before the services roll out (a Kubernetes Job, a compose one-shot), as the owner of
// DATABASE_URL over a direct connection. The services themselves then need only their own
// role's connection string (`<NAME>_DATABASE_URL`, through the pooler) and never the owner's.
import { z } from 'zod';
import { migrateDatabase } from './db.ts';
import type { Env } from './env.ts';
import { loadEnv, parseEnv } from './envSchema.ts';
import { storageEnv, storageEnvOf } from './storageEnv.ts';

export interface MigrationSet {
  /** The subgraph: names its schema, its service role and its migrations table. */
  name: string;
  migrationsFolder: string;
}

/** Migrates each subgraph in turn and reports as it goes; a bad environment exits with 78. */
export async function runMigrateCommand(env: Env, sets: readonly MigrationSet[]): Promise<void> {
  const plans = loadEnv(() =>
    sets.map((set) => {
      const vars = parseEnv(
        z.object({
          DATABASE_URL: z
            .string({ error: 'is required: the owner of the database, direct (not the pooler)' })
            .startsWith('postgres'),
          ...storageEnv(set.name),
        }),
        env,
      );
      return { ...set, ownerUrl: vars.DATABASE_URL, settings: storageEnvOf(vars, set.name).database };
    }),
  );
  for (const plan of plans) {
    const started = Date.now();
    process.stdout.write(`${plan.name}: migrating… `);
    await migrateDatabase(plan);
    process.stdout.write(`done in ${Date.now() - started} ms\n`);
  }
}
