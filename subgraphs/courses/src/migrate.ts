// Runs the courses subgraph's migrations with the owner's DATABASE_URL, then exits (its image's
// migration Job). `pnpm migrate` at the root does the four.
import { runMigrateCommand } from '@baeumteo/server';

await runMigrateCommand(process.env, [
  { name: 'courses', migrationsFolder: new URL('../migrations', import.meta.url).pathname },
]);
