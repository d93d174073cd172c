// `pnpm seed`: seeds the content library and learning paths into this subgraph's database (idempotent).
import { runSeedCommand } from '@baeumteo/server';
import { tables } from '../db/schema.ts';
import { env } from '../env.ts';
import { seedCatalog } from './catalog.ts';

await runSeedCommand({
  name: 'content',
  tables,
  migrationsFolder: new URL('../../migrations', import.meta.url).pathname,
  location: env.location,
  production: env.production,
  seed: (database) => seedCatalog(database.db),
});
