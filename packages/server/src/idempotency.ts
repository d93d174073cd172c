// Idempotency keys: a client's name for one call of a mutation, so that a retry (or the same call
// fired several times at once) returns the first result instead of doing it twice. The key is the
// caller's own: each subgraph stores it with what it created, under a unique index on
// (caller, key), so the database decides which of simultaneous calls creates.
import { and, eq, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Caller } from './caller.ts';
import { badInput, conflict } from './errors.ts';

export const maxIdempotencyKeyLength = 100;

/** The key as given, or null without one; BAD_USER_INPUT when empty or longer than 100 characters. */
export function checkIdempotencyKey(key: string | null | undefined, field = 'idempotencyKey'): string | null {
  if (key === null || key === undefined) return null;
  if (key.length === 0 || key.length > maxIdempotencyKeyLength) {
    throw badInput(`The idempotency key has 1 to ${maxIdempotencyKeyLength} characters.`, field);
  }
  return key;
}

/** A creator's key for one creation, stored with what it created. */
export interface IdempotencyKey {
  createdBy: string;
  idempotencyKey: string;
}

/** What a create answers: the row, and whether this call created it (false: an earlier one did). */
export interface Created<T> {
  row: T;
  created: boolean;
}

/** The row created with this key, in a table with `createdBy` and `idempotencyKey` columns. */
export function sameKey(
  table: { createdBy: AnyPgColumn; idempotencyKey: AnyPgColumn },
  key: IdempotencyKey,
): SQL {
  return and(eq(table.createdBy, key.createdBy), eq(table.idempotencyKey, key.idempotencyKey)) as SQL;
}

/** The caller's key for one creation, or null without a key (BAD_USER_INPUT for a malformed one). */
export function creationKey(
  caller: Caller | null,
  idempotencyKey: string | null | undefined,
): IdempotencyKey | null {
  const key = checkIdempotencyKey(idempotencyKey);
  return key && caller ? { createdBy: caller.id, idempotencyKey: key } : null;
}

/**
 * The row a create answers: the one it created, or the one the first call with the key created;
 * CONFLICT when that one is not what was asked for this time (`sameTarget` false).
 */
export function sameCreation<T>(result: Created<T>, sameTarget: (row: T) => boolean, what: string): T {
  if (!result.created && !sameTarget(result.row)) {
    throw conflict(`This idempotency key was used for another ${what}.`);
  }
  return result.row;
}
