// What must never reach a client in an error: SQL, stacks, internal hosts, service names.
import { expect } from 'vitest';
import type { GraphQLResponse } from './platform.ts';

const internals = [
  /\b(select|insert|update|delete)\b.+\b(from|into|set)\b/i,
  /\bsyntax error at\b|\brelation "|\bcolumn "|duplicate key|violates/i,
  /postgres|pglite|drizzle/i,
  /\bat .+\.(ts|js):\d+/,
  /127\.0\.0\.1|localhost|::1|\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/,
  /\b(learners|courses|content|history|gateway) (subgraph|service)\b|\bsubgraph\b|serviceName/i,
  /ECONNREFUSED|ETIMEDOUT|fetch failed|AbortError|timeout/i,
];

export function expectNoInternals(response: GraphQLResponse<unknown>): void {
  for (const error of response.body.errors ?? []) {
    const text = JSON.stringify({ message: error.message, extensions: error.extensions });
    for (const pattern of internals) expect(text, `error leaks ${pattern}`).not.toMatch(pattern);
    expect(Object.keys(error.extensions ?? {}).sort()).toEqual(
      expect.arrayContaining(['code', 'correlationId']),
    );
    for (const key of Object.keys(error.extensions ?? {}))
      expect(['code', 'correlationId', 'field']).toContain(key);
  }
}
