// Runs the notifications subgraph's migrations with the owner's DATABASE_URL, then exits (its
// image's migration Job). `pnpm migrate` at the root does every subgraph's.
import { runMigrateCommand } from '@baeumteo/server';

await runMigrateCommand(process.env, [
  { name: 'notifications', migrationsFolder: new URL('../migrations', import.meta.url).pathname },
]);
