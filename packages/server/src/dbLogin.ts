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
  timeouts?: Partial<DatabaseTimeouts> | undefined;
}

/**
 * The service's connection string: `serviceUrl` when given, otherwise the owner's with the
 * service role's name and `password` (none: trust or peer authentication, as in development).
 * The owner's password is never reused for the service role.
 */
export function serviceUrlOf(ownerUrl: string, name: string, settings: DatabaseSettings = {}): string {
  if (settings.serviceUrl) return settings.serviceUrl;
  const url = new URL(ownerUrl);
  url.username = serviceRoleOf(name);
  url.password = settings.password ? encodeURIComponent(settings.password) : '';
  return url.toString();
}

/** The session settings every service connection starts with (postgres.js `connection`). */
export function sessionSettingsOf(name: string, settings: DatabaseSettings = {}): Record<string, string> {
  const timeouts = { ...defaultDatabaseTimeouts, ...settings.timeouts };
  return {
    application_name: `baeumteo-${name}`,
    statement_timeout: String(timeouts.statementMs),
    lock_timeout: String(timeouts.lockMs),
    idle_in_transaction_session_timeout: String(timeouts.idleInTransactionMs),
  };
}

export class UnsafeDatabaseRoleError extends Error {}

/**
 * Refuses to serve through a connection that could step around the schema's guards: a superuser,
 * a role that bypasses row-level security, or the owner of the subgraph's tables (e.g. a
 * `<NAME>_DATABASE_URL` that names the owner).
 */
export async function assertServiceRole(client: postgres.Sql, schema: string): Promise<void> {
  const [role] = await client<{ name: string; unsafe: boolean }[]>`
    select current_user as name,
      r.rolsuper or r.rolbypassrls
        or exists (select 1 from pg_tables t where t.schemaname = ${schema} and t.tableowner = current_user)
        as unsafe
    from pg_roles r where r.rolname = current_user`;
  if (!role || role.unsafe) {
    throw new UnsafeDatabaseRoleError(
      `the ${schema} service must not connect as a superuser, a BYPASSRLS role or the owner of its tables`,
    );
  }
}
