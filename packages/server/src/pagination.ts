// Cursor pagination shared by every connection field: `first` defaults to 20 and is clamped
// to 100; `after` is an opaque keyset cursor (the sort values of the last row seen).
import { type Column, type SQL, sql } from 'drizzle-orm';
import { badInput } from './errors.ts';
import { isUuid } from './ids.ts';

export const defaultPageSize = 20;
export const maxPageSize = 100;

export type CursorValue = string | number;

export interface PageRequest {
  limit: number;
  after: CursorValue[] | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  const invalid = badInput('The cursor is not valid: pass an endCursor from an earlier page.', 'after');
  if (cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid;
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (
    !Array.isArray(values) ||
    values.length !== arity ||
    !values.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))
  ) {
    throw invalid;
  }
  return values as CursorValue[];
}

/** Validates `first`/`after` as the contract says: negative is an error, above 100 is clamped. */
export function pageRequest(
  args: { first?: number | null; after?: string | null },
  arity: number,
): PageRequest {
  const { first, after } = args;
  if (first !== undefined && first !== null && first < 0) {
    throw badInput('`first` must be zero or more (at most 100 are returned).', 'first');
  }
  const limit = Math.min(first ?? defaultPageSize, maxPageSize);
  return { limit, after: after ? decodeCursor(after, arity) : null };
}

/** Builds a connection from rows fetched with `limit + 1` to tell whether a next page exists. */
export function toConnection<T>(
  rows: T[],
  limit: number,
  totalCount: number,
  cursorOf: (row: T) => CursorValue[],
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorOf(node)), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/**
 * The keyset condition "after this cursor" for a list ordered by (sort column, id): `>` for
 * ascending lists, `<` for newest-first ones. A cursor that decodes but names no row ends the list.
 */
export function keysetAfter(
  after: CursorValue[] | null,
  columns: { sort: Column; id: Column },
  sortKind: 'timestamptz' | 'text',
  direction: '>' | '<' = '>',
): SQL | undefined {
  if (!after) return undefined;
  const [value, id] = after;
  if (typeof id !== 'string' || !isUuid(id)) return sql`false`;
  let key: SQL;
  if (sortKind === 'timestamptz') {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) return sql`false`;
    key = sql`${date.toISOString()}::timestamptz`;
  } else {
    if (typeof value !== 'string') return sql`false`;
    key = sql`${value}`;
  }
  return sql`(${columns.sort}, ${columns.id}) ${sql.raw(direction)} (${key}, ${id}::uuid)`;
}
