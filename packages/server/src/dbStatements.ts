// Every SQL statement a service sends through drizzle, observable at its start and its end,
// whichever driver runs it: the database client handed to drizzle is wrapped here, once, and
// listeners subscribe with observeStatements (the SQL spans of sqlSpans.ts, the pool metrics).
// drizzle sends a statement with postgres.js's `unsafe(text, params)` (inside `begin` and
// `savepoint` on the transaction's own client) and with PGlite's `query(text, params)` (inside
// `transaction`); those are the calls observed. With no listener a statement costs one check.
import type { PGlite, Transaction } from '@electric-sql/pglite';
import type postgres from 'postgres';

/** What a listener learns of a statement: its text as drizzle built it, with $n placeholders and never the values. */
export interface Statement {
  /** The service whose database runs it (its schema bears the same name). */
  service: string;
  text: string;
  /** The database and schema it runs in, as `database.schema` (OpenTelemetry's db.namespace for PostgreSQL). */
  namespace: string;
  /** Where PostgreSQL listens; absent for embedded PGlite. */
  server?: { address: string; port: number } | undefined;
}

export interface StatementOutcome {
  /** What the driver threw (a PostgreSQL error carries its SQLSTATE in `code`). */
  error?: unknown;
}

/** Called as a statement starts; the function it returns is called once as it ends. */
export type StatementListener = (statement: Statement) => (outcome: StatementOutcome) => void;

const listeners = new Set<StatementListener>();

/** Subscribes to every statement of every database this process opened; returns the unsubscribe. */
export function observeStatements(listener: StatementListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Where the statements of one database go: everything of a Statement but its text. */
type StatementTarget = Omit<Statement, 'text'>;

/** Tells the listeners a statement started; resolves their end callbacks when `run` settles. */
function observe<T extends PromiseLike<unknown>>(target: StatementTarget, text: string, run: T): T {
  if (listeners.size === 0) return run;
  const statement = { ...target, text };
  const ends: ((outcome: StatementOutcome) => void)[] = [];
  for (const listener of listeners) {
    // A broken listener must never fail the statement it watches.
    try {
      ends.push(listener(statement));
    } catch {}
  }
  const settle = (outcome: StatementOutcome) => {
    for (const end of ends) {
      try {
        end(outcome);
      } catch {}
    }
  };
  run.then(
    () => settle({}),
    (error: unknown) => settle({ error }),
  );
  return run;
}

/**
 * `service`'s postgres.js client, its statements observed. A postgres.js query is sent on its
 * first `then`, a microtask later, and drizzle awaits each one at once: observing it as it is
 * built changes neither when it runs nor how (`.values()`, called right after, still applies).
 */
export function observedPostgres<T extends postgres.Sql>(client: T, service: string): T {
  const target: StatementTarget = {
    service,
    namespace: `${client.options.database}.${service}`,
    server: { address: client.options.host[0] ?? 'localhost', port: client.options.port[0] ?? 5432 },
  };
  const observed = <S extends postgres.Sql>(sql: S): S =>
    new Proxy(sql, {
      get(real, property, receiver) {
        if (property === 'unsafe') {
          return (
            text: string,
            parameters?: postgres.ParameterOrJSON<never>[],
            options?: postgres.UnsafeQueryOptions,
          ) => observe(target, text, real.unsafe(text, parameters, options));
        }
        // A transaction (and a savepoint in it) runs its statements on a client of its own.
        if (property === 'begin' || property === 'savepoint') {
          const open = Reflect.get(real, property, receiver) as (...args: unknown[]) => Promise<unknown>;
          return (...args: unknown[]) => {
            const work = args.pop() as (tx: postgres.Sql) => unknown;
            return open(...args, (tx: postgres.Sql) => work(observed(tx)));
          };
        }
        return Reflect.get(real, property, receiver);
      },
    });
  return observed(client);
}

/** `service`'s PGlite database, its statements (its transactions' included) observed. */
export function observedPglite(client: PGlite, service: string): PGlite {
  // PGlite's one database is template1 unless it is told otherwise (db.ts does not).
  const target: StatementTarget = { service, namespace: `template1.${service}` };
  const observedQuery =
    (on: PGlite | Transaction): PGlite['query'] =>
    (text, params, options) =>
      observe(target, text, on.query(text, params, options));
  const observedTransaction = (tx: Transaction): Transaction =>
    new Proxy(tx, {
      get: (real, property) => (property === 'query' ? observedQuery(real) : boundMember(real, property)),
    });
  return new Proxy(client, {
    get(real, property) {
      if (property === 'query') return observedQuery(real);
      if (property === 'transaction') {
        return <R>(work: (tx: Transaction) => Promise<R>) =>
          real.transaction((tx) => work(observedTransaction(tx)));
      }
      return boundMember(real, property);
    },
  });
}

/** PGlite keeps private fields: its methods and getters must run on the object itself, not on the proxy. */
function boundMember(target: object, property: string | symbol): unknown {
  const value = Reflect.get(target, property, target);
  return typeof value === 'function' ? value.bind(target) : value;
}
