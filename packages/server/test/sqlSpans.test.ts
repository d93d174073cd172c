// SQL spans from the database wrapper, on PGlite through openDatabase as a service opens it (and
// on postgres.js when DATABASE_URL is set): every statement inside a traced piece of work is a
// span carrying its text and never its values; a failure sets the span's status with its SQLSTATE
// and still reaches the caller; statements outside any span make none, yet listeners see them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { eq, sql } from 'drizzle-orm';
import { integer, pgSchema, text } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../src/db.ts';
import { observedPostgres, observeStatements, type Statement } from '../src/dbStatements.ts';
import { sqlSpans } from '../src/sqlSpans.ts';
import { testDatabaseUrl } from '../src/testing.ts';

const probe = pgSchema('probe');
const notes = probe.table('notes', { id: integer('id').primaryKey(), body: text('body').notNull() });
const tables = { notes };

const secret = '김서연-010-1234-5678';
const exporter = new InMemorySpanExporter();
const sdk = new NodeSDK({
  spanProcessors: [new SimpleSpanProcessor({ exporter })],
  metricReaders: [],
  logRecordProcessors: [],
  instrumentations: [],
});
const tracer = trace.getTracer('sql-spans-test');
let migrations: string;
let database: Database<typeof tables>;
let unobserve: () => void;

beforeAll(async () => {
  sdk.start();
  unobserve = observeStatements(sqlSpans);
  migrations = mkdtempSync(join(tmpdir(), 'sql-spans-'));
  mkdirSync(join(migrations, 'meta'));
  writeFileSync(
    join(migrations, 'meta', '_journal.json'),
    JSON.stringify({
      version: '7',
      dialect: 'postgresql',
      entries: [{ idx: 0, version: '7', when: 1, tag: '0000_probe', breakpoints: true }],
    }),
  );
  writeFileSync(
    join(migrations, '0000_probe.sql'),
    'CREATE SCHEMA "probe";\n--> statement-breakpoint\nCREATE TABLE "probe"."notes" ("id" integer PRIMARY KEY, "body" text NOT NULL);',
  );
  database = await openDatabase({
    name: 'probe',
    schema: tables,
    migrationsFolder: migrations,
    location: 'memory',
  });
});
afterAll(async () => {
  unobserve?.();
  await database?.close();
  await sdk.shutdown();
  rmSync(migrations, { recursive: true, force: true });
});
beforeEach(() => exporter.reset());

/** Runs `work` in a span of its own, as a request handler does; returns that span's id. */
async function inSpan(work: () => Promise<unknown>): Promise<string> {
  return tracer.startActiveSpan('request', async (span) => {
    try {
      await work();
    } catch {
      // the failures under test are asserted on their spans
    } finally {
      span.end();
    }
    return span.spanContext().spanId;
  });
}

const sqlSpansOf = (spans: ReadableSpan[]) =>
  spans.filter((s) => s.attributes['db.system.name'] === 'postgresql');
/** What a span tells a collector: its name, attributes, status and events. */
const everything = (span: ReadableSpan) =>
  JSON.stringify({ name: span.name, attributes: span.attributes, status: span.status, events: span.events });

describe('SQL spans on PGlite', () => {
  it('gives each statement under a span its own child span, with the text and without the values', async () => {
    const parent = await inSpan(async () => {
      await database.db.insert(notes).values({ id: 1, body: secret });
      await database.db.select().from(notes).where(eq(notes.body, secret));
    });
    const [insert, select] = sqlSpansOf(exporter.getFinishedSpans());
    expect(insert?.name).toBe('INSERT template1.probe');
    expect(insert?.parentSpanContext?.spanId).toBe(parent);
    expect(insert?.attributes).toMatchObject({
      'db.namespace': 'template1.probe',
      'db.operation.name': 'INSERT',
    });
    expect(insert?.attributes['db.query.text']).toMatch(/^insert into "probe"."notes" .*\$1/);
    expect(select?.attributes['db.query.text']).toMatch(
      /from "probe"."notes" where "probe"."notes"."body" = \$1/,
    );
    expect(select?.parentSpanContext?.spanId).toBe(parent);
    for (const span of exporter.getFinishedSpans()) expect(everything(span)).not.toContain(secret);
  });

  it('follows statements into a transaction', async () => {
    const parent = await inSpan(() =>
      database.db.transaction(async (tx) => {
        await tx.insert(notes).values({ id: 2, body: 'in a transaction' });
        await tx.select().from(notes);
      }),
    );
    const texts = sqlSpansOf(exporter.getFinishedSpans()).map((s) => s.attributes['db.query.text']);
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^insert into "probe"."notes"/)]));
    expect(texts).toEqual(expect.arrayContaining([expect.stringMatching(/^select .* from "probe"."notes"/)]));
    const parents = new Set(sqlSpansOf(exporter.getFinishedSpans()).map((s) => s.parentSpanContext?.spanId));
    expect(parents).toEqual(new Set([parent]));
  });

  it('marks a failed statement with its SQLSTATE, not its message, and the caller still gets the error', async () => {
    await database.db.insert(notes).values({ id: 3, body: secret });
    let thrown: unknown;
    await inSpan(async () => {
      try {
        await database.db.insert(notes).values({ id: 3, body: secret });
      } catch (error) {
        thrown = error;
      }
    });
    expect(thrown).toBeInstanceOf(Error);
    const [failed] = sqlSpansOf(exporter.getFinishedSpans());
    expect(failed?.status).toEqual({ code: SpanStatusCode.ERROR, message: 'SQLSTATE 23505' });
    expect(failed?.attributes).toMatchObject({ 'db.response.status_code': '23505', 'error.type': '23505' });
    expect(everything(failed as ReadableSpan)).not.toContain(secret);
  });

  it('makes no span for a statement outside any span, and still tells the listeners', async () => {
    const seen: Statement[] = [];
    const ended: unknown[] = [];
    const stop = observeStatements((statement) => {
      seen.push(statement);
      return (outcome) => ended.push(outcome);
    });
    const broken = observeStatements(() => {
      throw new Error('a broken listener');
    });
    try {
      expect(await database.db.select().from(notes).where(eq(notes.id, 1))).toHaveLength(1);
    } finally {
      stop();
      broken();
    }
    expect(sqlSpansOf(exporter.getFinishedSpans())).toEqual([]);
    expect(seen).toEqual([
      {
        service: 'probe',
        namespace: 'template1.probe',
        text: expect.stringMatching(/^select .* from "probe"."notes"/),
      },
    ]);
    expect(ended).toEqual([{}]);
  });
});

describe.skipIf(!testDatabaseUrl())('SQL spans on postgres.js', () => {
  it('spans statements in a transaction and its savepoint, with the server and database', async () => {
    const client = postgres(testDatabaseUrl() as string, { max: 1, onnotice: () => {} });
    const db = drizzle({ client: observedPostgres(client, 'probe') });
    try {
      await inSpan(() =>
        db.transaction(async (tx) => {
          await tx.execute(sql`select 1 as one`);
          await tx.transaction((inner) => inner.execute(sql`select 2 as two`));
        }),
      );
    } finally {
      await client.end();
    }
    const spans = sqlSpansOf(exporter.getFinishedSpans());
    expect(spans.map((s) => s.attributes['db.query.text'])).toEqual(['select 1 as one', 'select 2 as two']);
    const url = new URL(testDatabaseUrl() as string);
    expect(spans[0]?.attributes).toMatchObject({
      'db.namespace': `${url.pathname.slice(1) || 'postgres'}.probe`,
      'server.address': url.hostname,
      'server.port': Number(url.port || 5432),
    });
  });
});
