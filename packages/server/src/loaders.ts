// DataLoader helpers: one batch function per entity or list lookup, created per request.
import DataLoader from 'dataloader';

/** Loads entities by key; a missing key resolves to null (unknown ids are not errors). */
export function entityLoader<K, T>(
  fetch: (keys: readonly K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T | null> {
  return new DataLoader<K, T | null>(async (keys) => {
    const rows = await fetch(keys);
    const byKey = new Map(rows.map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** Loads lists grouped by a key (e.g. the venues of each city); a key without rows gets []. */
export function groupLoader<K, T>(
  fetch: (keys: readonly K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T[]> {
  return new DataLoader<K, T[]>(async (keys) => {
    const rows = await fetch(keys);
    const groups = new Map<K, T[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Loads many keys, drops the ones that name nothing and rethrows a failed batch. */
export async function loadPresent<K, T>(loader: DataLoader<K, T | null>, keys: readonly K[]): Promise<T[]> {
  const results = await loader.loadMany(keys);
  const present: T[] = [];
  for (const result of results) {
    if (result instanceof Error) throw result;
    if (result !== null) present.push(result);
  }
  return present;
}

/** Loads a count per key (e.g. residents per city); a key without rows counts 0. */
export function countLoader<K>(
  fetch: (keys: readonly K[]) => Promise<{ key: K; n: number }[]>,
): DataLoader<K, number> {
  return new DataLoader<K, number>(async (keys) => {
    const counts = new Map((await fetch(keys)).map((row) => [row.key, row.n]));
    return keys.map((key) => counts.get(key) ?? 0);
  });
}
