// The response cache's store in this instance's memory: Apollo's KeyValueCache contract (get, set
// with a TTL in seconds, delete), bounded by the size of what it holds. The least recently stored
// or read entry goes first when it is full; an expired entry is gone at its next read.
import type { SharedKeyValueCache } from './redisCache.ts';

interface Entry {
  value: string;
  expiresAt: number;
}

export function memoryKeyValueCache(
  options: { maxBytes?: number; now?: () => number } = {},
): SharedKeyValueCache {
  const maxBytes = options.maxBytes ?? 30_000_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let bytes = 0;
  const sizeOf = (key: string, entry: Entry) => 2 * (key.length + entry.value.length) + 64;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return false;
    entries.delete(key);
    bytes -= sizeOf(key, entry);
    return true;
  };
  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        drop(key);
        return undefined;
      }
      // Read again: to the back of the line for eviction.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    async set(key, value, setOptions) {
      const ttl = setOptions?.ttl;
      drop(key);
      if (!ttl || ttl <= 0) return;
      const entry = { value, expiresAt: now() + ttl * 1000 };
      const size = sizeOf(key, entry);
      if (size > maxBytes) return;
      for (const oldest of entries.keys()) {
        if (bytes + size <= maxBytes) break;
        drop(oldest);
      }
      entries.set(key, entry);
      bytes += size;
    },
    async delete(key) {
      return drop(key);
    },
    async stop() {
      entries.clear();
      bytes = 0;
    },
  };
}
