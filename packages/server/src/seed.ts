// Helpers for the demo-catalog seeds of the subgraphs.
import { koreaDayStart } from './time.ts';

/** Splits rows into batches small enough for one INSERT's parameter limit. */
export function chunks<T>(rows: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The catalog's clock: the start of today in Korea, so that subgraphs seeded minutes apart agree. */
export function seedDay(now = new Date()): Date {
  return koreaDayStart(now);
}
