// Refresh ahead of expiry, so that a popular answer never expires for everyone at once: in the
// second half of an entry's life, the first request to read it is told it is missing (it goes to
// the subgraphs and stores a fresh answer) while every other request is still answered from the
// entry, until the fresh one is stored or the entry's life ends. An answer is therefore never
// older than its maxAge, as without this; what changes is that a hundred callers arriving as a
// one-second catalog entry turns over wait for nothing.
import type { SharedKeyValueCache } from './redisCache.ts';

/** How long one request has to store a fresh answer before another may try. */
const refreshWindowMs = 2_000;

export function refreshAhead(store: SharedKeyValueCache, now: () => number = Date.now): SharedKeyValueCache {
  // Per instance: in Redis each instance refreshes at most once per entry and half-life.
  const refreshing = new Map<string, number>();
  return {
    async get(key) {
      const stored = await store.get(key);
      if (stored === undefined) return undefined;
      const newline = stored.indexOf('\n');
      const refreshAt = Number(stored.slice(0, newline));
      const value = stored.slice(newline + 1);
      const at = now();
      if (newline < 0 || !Number.isFinite(refreshAt)) return undefined;
      if (at < refreshAt) return value;
      const claimed = refreshing.get(key);
      if (claimed !== undefined && at - claimed < refreshWindowMs) return value;
      refreshing.set(key, at);
      return undefined;
    },
    async set(key, value, options) {
      refreshing.delete(key);
      const ttl = options?.ttl;
      if (!ttl || ttl <= 0) return;
      const refreshAt = now() + (ttl * 1000) / 2;
      await store.set(key, `${refreshAt}\n${value}`, options);
    },
    async delete(key) {
      refreshing.delete(key);
      return store.delete(key);
    },
    stop: () => store.stop(),
  };
}
