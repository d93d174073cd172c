// The response cache's store when every gateway instance shares it: Apollo's KeyValueCache (get,
// set with a TTL in seconds, delete) over Redis, under a key prefix of its own. A cache must never
// cost an answer: while Redis is away a read is a miss and a write is dropped (each fails at once,
// or after a short timeout, never queued), and the outage is logged once, its end once.
import type { Logger } from '@baeumteo/server';
import { Redis } from 'ioredis';

export interface SharedKeyValueCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean>;
  stop(): Promise<void>;
}

export interface RedisCacheOptions {
  url: string;
  /** Put before every key, e.g. "baeumteo:response:<schema>:". */
  keyPrefix: string;
  /** The longest one Redis command may take before it counts as a miss. */
  commandTimeoutMs?: number;
}

export async function redisKeyValueCache(
  options: RedisCacheOptions,
  log: Logger,
): Promise<SharedKeyValueCache> {
  const client = new Redis(options.url, {
    keyPrefix: options.keyPrefix,
    lazyConnect: true,
    // While Redis is away a command fails at once instead of waiting for the reconnection.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 200,
  });
  let failing = false;
  const failed = (error: unknown) => {
    if (failing) return;
    failing = true;
    log.warn('response cache store unavailable: answering uncached until it is back', {
      error: String(error),
    });
  };
  const worked = () => {
    if (!failing) return;
    failing = false;
    log.info('response cache store available again');
  };
  // ioredis reconnects by itself (and says so here on every attempt): only the first one is logged.
  client.on('error', failed);
  client.on('ready', worked);
  await client.connect().catch(failed);

  return {
    async get(key) {
      try {
        const value = await client.get(key);
        worked();
        return value ?? undefined;
      } catch (error) {
        failed(error);
        return undefined;
      }
    },
    async set(key, value, setOptions) {
      const ttl = setOptions?.ttl;
      // Nothing stays in the shared store without an expiry (the response cache always gives one).
      if (!ttl || ttl <= 0) return;
      try {
        await client.set(key, value, 'PX', Math.round(ttl * 1000));
        worked();
      } catch (error) {
        failed(error);
      }
    },
    async delete(key) {
      try {
        return (await client.del(key)) > 0;
      } catch (error) {
        failed(error);
        return false;
      }
    },
    stop: async () => {
      client.disconnect();
    },
  };
}
