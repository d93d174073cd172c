// A client span for each SQL statement run inside a traced piece of work (a request, a relay's
// delivery), following OpenTelemetry's PostgreSQL conventions. The text is the statement as
// drizzle built it, with $n placeholders: parameter values, which carry personal data, are never
// recorded, nor is a failed statement's message (PostgreSQL quotes the offending value in it);
// a failure records its SQLSTATE only. Statements outside any span (migrations, a relay's idle
// polling) make no trace of their own.
import { context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Statement, StatementListener } from './dbStatements.ts';

const tracer = trace.getTracer('@baeumteo/server/sql');

/** The leading keyword of statements drizzle sends, as db.operation.name. */
const operations = new Set(['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'WITH', 'BEGIN', 'COMMIT', 'ROLLBACK']);

function operationOf(text: string): string | undefined {
  const keyword = /^\s*([a-z]+)/i.exec(text)?.[1]?.toUpperCase();
  return keyword && operations.has(keyword) ? keyword : undefined;
}

/** The SQLSTATE of a PostgreSQL error (postgres.js and PGlite both put it in `code`). */
function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export const sqlSpans: StatementListener = (statement: Statement) => {
  const parent = context.active();
  if (!trace.getSpan(parent)?.isRecording()) return () => {};
  const operation = operationOf(statement.text);
  const span = tracer.startSpan(
    operation ? `${operation} ${statement.namespace}` : statement.namespace,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        'db.system.name': 'postgresql',
        'db.namespace': statement.namespace,
        'db.query.text': statement.text,
        ...(operation ? { 'db.operation.name': operation } : {}),
        ...(statement.server
          ? { 'server.address': statement.server.address, 'server.port': statement.server.port }
          : {}),
      },
    },
    parent,
  );
  return ({ error }) => {
    if (error !== undefined) {
      const state = sqlStateOf(error);
      span.setAttribute('error.type', state ?? (error instanceof Error ? error.name : 'unknown'));
      if (state) span.setAttribute('db.response.status_code', state);
      span.setStatus({ code: SpanStatusCode.ERROR, ...(state ? { message: `SQLSTATE ${state}` } : {}) });
    }
    span.end();
  };
};
