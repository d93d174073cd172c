// Helpers for the demo-catalog seeds of the subgraphs.

/** Splits rows into batches small enough for one INSERT's parameter limit. */
export function chunks<T>(rows: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The catalog's clock: the start of today in Korea, so that subgraphs seeded minutes apart agree. */
export function seedDay(now = new Date()): Date {
  const kst = new Date(now.getTime() + 9 * 3_600_000);
  return new Date(Date.UTC(kst.getUTCFullYear(), kst.getUTCMonth(), kst.getUTCDate()) - 9 * 3_600_000);
}
