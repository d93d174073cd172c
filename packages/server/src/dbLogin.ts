// How a subgraph logs in to PostgreSQL. Migrations run as the owner of DATABASE_URL; the service
// itself connects as its own LOGIN role (baeumteo_<name>, created by its migrations), which is
// granted its own schema only, owns no table and does not bypass row-level security. The service
// never logged in as the owner, so no statement can RESET ROLE into it.
import type postgres from 'postgres';

/** The LOGIN role a subgraph's service connects as: created by that subgraph's migrations. */
export const serviceRoleOf = (name: string) => `baeumteo_${name}`;

/** How long a statement, a lock wait and an idle open transaction may last on PostgreSQL. */
export interface DatabaseTimeouts {
  statementMs: number;
  lockMs: number;
  idleInTransactionMs: number;
}

export const defaultDatabaseTimeouts: DatabaseTimeouts = {
  statementMs: 15_000,
  lockMs: 5_000,
  idleInTransactionMs: 30_000,
};

/** How a service logs in and how long it may wait; everything has a default. */
export interface DatabaseSettings {
  /** The service's own connection string (`<NAME>_DATABASE_URL`); wins over the derived one. */
  serviceUrl?: string | undefined;
  /** The service role's password (`BAEUMTEO_DB_PASSWORD_<NAME>`) for the derived connection string. */
  password?: string | undefined;
  /** Connections in this process's pool (`BAEUMTEO_DB_POOL_SIZE`, 10). */
  poolSize?: number | undefined;
  timeouts?: Partial<DatabaseTimeouts> | undefined;
}

/**
 * The service's connection string: `serviceUrl` when given, otherwise the owner's with the
 * service role's name and `password` (none: trust or peer authentication, as in development),
 * through the pooler's host and port when there is one (`DATABASE_POOL_URL`, e.g. PgBouncer
 * in transaction mode). The owner's password is never reused
 * for the service role.
 */
export function serviceUrlOf(
  ownerUrl: string,
  name: string,
  settings: DatabaseSettings = {},
  poolUrl?: string,
): string {
  if (settings.serviceUrl) return settings.serviceUrl;
  const url = new URL(ownerUrl);
  if (poolUrl) {
    const pooler = new URL(poolUrl);
    url.hostname = pooler.hostname;
    url.port = pooler.port;
  }
  url.username = serviceRoleOf(name);
  url.password = settings.password ? encodeURIComponent(settings.password) : '';
  return url.toString();
}

/**
 * The startup parameters of a service connection: only what a transaction-mode pooler passes
 * on (PgBouncer refuses any other). The timeouts are the role's own settings instead
 * (applyRoleSettings), so they hold on every server connection whoever opened it.
 */
export function connectionParametersOf(name: string): Record<string, string> {
  return { application_name: `baeumteo-${name}` };
}

/**
 * Gives the service role its timeouts in the owner's current database (`ALTER ROLE … IN
 * DATABASE … SET`), as the migrations' last step: PostgreSQL applies them when any connection
 * of that role starts, direct or through a pooler, and nothing depends on session state.
 */
export async function applyRoleSettings(
  owner: postgres.Sql,
  name: string,
  settings: DatabaseSettings = {},
): Promise<void> {
  const timeouts = { ...defaultDatabaseTimeouts, ...settings.timeouts };
  const values = {
    statement_timeout: timeouts.statementMs,
    lock_timeout: timeouts.lockMs,
    idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
  };
  const [row] = await owner<{ database: string }[]>`select current_database() as database`;
  // A utility statement takes no bind parameters: identifiers are quoted, values whole numbers.
  const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
  const target = `${quote(serviceRoleOf(name))} in database ${quote(row?.database ?? '')}`;
  for (const [setting, ms] of Object.entries(values)) {
    if (!Number.isInteger(ms) || ms < 0) throw new RangeError(`${setting} must be a whole number of ms`);
    await owner.unsafe(`alter role ${target} set ${setting} = ${ms}`);
  }
}

export class UnsafeDatabaseRoleError extends Error {}

/**
 * Refuses to serve through a connection that could step around the schema's guards: a superuser,
 * a role that bypasses row-level security, or the owner of the subgraph's tables (e.g. a
 * `<NAME>_DATABASE_URL` that names the owner). A schema without tables means the migrations
 * never ran: say so at start rather than fail every request.
 */
export async function assertServiceRole(client: postgres.Sql, schema: string): Promise<void> {
  const [role] = await client<{ name: string; unsafe: boolean; migrated: boolean }[]>`
    select current_user as name,
      r.rolsuper or r.rolbypassrls
        or exists (select 1 from pg_tables t where t.schemaname = ${schema} and t.tableowner = current_user)
        as unsafe,
      exists (select 1 from pg_tables t where t.schemaname = ${schema}) as migrated
    from pg_roles r where r.rolname = current_user`;
  if (!role || role.unsafe) {
    throw new UnsafeDatabaseRoleError(
      `the ${schema} service must not connect as a superuser, a BYPASSRLS role or the owner of its tables`,
    );
  }
  if (!role.migrated) {
    throw new UnmigratedDatabaseError(
      `the ${schema} schema has no tables: run \`pnpm migrate\` (or the migrations Job) with the owner's DATABASE_URL first`,
    );
  }
}

export class UnmigratedDatabaseError extends Error {}
