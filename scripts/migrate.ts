// `pnpm migrate`: every subgraph's migrations on the PostgreSQL of DATABASE_URL (the owner,
// direct), one after another, then exits. Deployments run it once per
// release before the services; `pnpm start` needs none of it (each service migrates at start).
import { join } from 'node:path';
import { subgraphNames } from '@baeumteo/contracts';
import { runMigrateCommand, workspaceRoot } from '@baeumteo/server';

await runMigrateCommand(
  process.env,
  subgraphNames.map((name) => ({
    name,
    migrationsFolder: join(workspaceRoot, 'subgraphs', name, 'migrations'),
  })),
);
