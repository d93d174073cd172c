// The seeded random source: deterministic, in range, version-4 UUIDs, picking and shuffling.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../src/index.ts';
import { UUID_V4 } from './fixtures.ts';

describe('random', () => {
  it('is deterministic and stays in range', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    for (let i = 0; i < 1000; i += 1) {
      const x = a.next();
      expect(x).toBe(b.next());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = a.int(3, 7);
      expect(b.int(3, 7)).toBe(n);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
    }
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  it('produces version-4 UUIDs', () => {
    const rng = createRandom(7);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i += 1) {
      const id = rng.uuid();
      expect(id).toMatch(UUID_V4);
      seen.add(id);
    }
    expect(seen.size).toBe(2000);
  });

  it('picks, weighs and shuffles', () => {
    const rng = createRandom(9);
    const items = ['a', 'b', 'c', 'd'];
    expect(items).toContain(rng.pick(items));
    for (let i = 0; i < 200; i += 1) expect(rng.weighted(items, (x) => (x === 'c' ? 1 : 0))).toBe('c');
    const shuffled = rng.shuffle(items);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
    expect(() => rng.pick([])).toThrow();
  });
});
