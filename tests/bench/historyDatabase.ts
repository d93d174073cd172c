// Where the synthetic province of `pnpm gen:history` lives, for `pnpm bench:history` to read.
import postgres from 'postgres';

const defaultServer = 'postgres://postgres@127.0.0.1:5432/postgres';
const defaultName = 'baeumteo_history_bench';

/** BENCH_HISTORY_DATABASE_URL, or baeumteo_history_bench on the local server (created when asked). */
export async function historyBenchDatabase(options: { create: boolean }): Promise<string> {
  if (process.env.BENCH_HISTORY_DATABASE_URL) return process.env.BENCH_HISTORY_DATABASE_URL;
  const server = process.env.BENCH_DATABASE_URL || defaultServer;
  const admin = postgres(server, { max: 1, onnotice: () => {} });
  try {
    const found = await admin`select 1 from pg_database where datname = ${defaultName}`;
    if (found.length === 0) {
      if (!options.create) {
        throw new Error(
          `There is no ${defaultName} database on ${server}: run \`pnpm gen:history --residents 1000000\` first.`,
        );
      }
      await admin.unsafe(`create database ${defaultName}`);
    }
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${defaultName}`;
  return url.toString();
}
