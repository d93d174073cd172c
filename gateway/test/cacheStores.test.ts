import { describe, expect, it } from 'vitest';
import { memoryKeyValueCache } from '../src/memoryCache.ts';
import { refreshAhead } from '../src/refreshAhead.ts';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('memoryKeyValueCache', () => {
  it('answers an entry until its TTL has passed, then never again', async () => {
    const time = clock();
    const cache = memoryKeyValueCache({ now: time.now });
    await cache.set('k', 'v', { ttl: 1 });
    time.advance(999);
    expect(await cache.get('k')).toBe('v');
    time.advance(1);
    expect(await cache.get('k')).toBeUndefined();
    await cache.set('none', 'v', { ttl: 0 });
    expect(await cache.get('none')).toBeUndefined();
  });

  it('stays within its size by dropping the least recently used entries', async () => {
    const cache = memoryKeyValueCache({ maxBytes: 3 * (2 * (2 + 100) + 64) });
    const value = 'x'.repeat(100);
    for (const key of ['k1', 'k2', 'k3']) await cache.set(key, value, { ttl: 60 });
    await cache.get('k1');
    await cache.set('k4', value, { ttl: 60 });
    expect(await cache.get('k2')).toBeUndefined();
    expect(await cache.get('k1')).toBe(value);
    expect(await cache.get('k3')).toBe(value);
    expect(await cache.get('k4')).toBe(value);
  });
});

describe('refreshAhead', () => {
  it('in the second half of a life sends one reader for a fresh answer and answers the rest from the entry', async () => {
    const time = clock();
    const cache = refreshAhead(memoryKeyValueCache({ now: time.now }), time.now);
    await cache.set('k', 'old', { ttl: 1 });
    time.advance(400);
    expect(await cache.get('k')).toBe('old');
    time.advance(200);
    expect(await cache.get('k')).toBeUndefined(); // this one refreshes
    expect(await cache.get('k')).toBe('old');
    expect(await cache.get('k')).toBe('old');
    await cache.set('k', 'new', { ttl: 1 });
    expect(await cache.get('k')).toBe('new');
  });

  it('never answers an entry older than its TTL, refreshed or not', async () => {
    const time = clock();
    const cache = refreshAhead(memoryKeyValueCache({ now: time.now }), time.now);
    await cache.set('k', 'old', { ttl: 1 });
    time.advance(600);
    expect(await cache.get('k')).toBeUndefined();
    time.advance(400);
    expect(await cache.get('k')).toBeUndefined();
  });

  it('lets another reader refresh when the first never stored an answer (it failed)', async () => {
    const time = clock();
    const cache = refreshAhead(memoryKeyValueCache({ now: time.now }), time.now);
    await cache.set('k', 'old', { ttl: 10 });
    time.advance(5_000);
    expect(await cache.get('k')).toBeUndefined();
    time.advance(1_000);
    expect(await cache.get('k')).toBe('old');
    time.advance(1_000);
    expect(await cache.get('k')).toBeUndefined();
  });
});
