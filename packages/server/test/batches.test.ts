import { describe, expect, it } from 'vitest';
import { batched } from '../src/batches.ts';

describe('batched', () => {
  it('makes the items of a key asked at the same moment one call, each answered its own, at most `max` a call', async () => {
    const calls: [string, number[]][] = [];
    const double = batched({ max: 3 }, async (key: string, items: number[]) => {
      calls.push([key, items]);
      return items.map((n) => n * 2);
    });
    const answers = await Promise.all([...[1, 2, 3, 4, 5].map((n) => double('a', n)), double('b', 6)]);
    expect(answers).toEqual([2, 4, 6, 8, 10, 12]);
    expect(calls).toEqual([
      ['a', [1, 2, 3]],
      ['a', [4, 5]],
      ['b', [6]],
    ]);
    expect(await double('a', 7)).toBe(14);
    expect(calls).toHaveLength(4);
  });

  it('fails every item of a failed call, and only those', async () => {
    let call = 0;
    const flaky = batched({ max: 2 }, async (_: string, items: string[]) => {
      call++;
      if (call === 1) throw new Error('learners did not answer');
      return items.map((s) => s.toUpperCase());
    });
    const settled = await Promise.allSettled(['a', 'b', 'c'].map((s) => flaky('k', s)));
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect(settled[2]).toMatchObject({ value: 'C' });
  });

  it('fails the items of a call that answers another number of them', async () => {
    const short = batched({ max: 10 }, async (_: string, items: number[]) => items.slice(1));
    const settled = await Promise.allSettled([1, 2].map((n) => short('k', n)));
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected']);
  });

  it('one at a time: what a key is asked while its call runs goes in its next call, and calls never overlap', async () => {
    const calls: number[][] = [];
    let running = 0;
    let most = 0;
    let release: () => void = () => {};
    const slow = batched({ max: 100, oneAtATime: true }, async (_: string, items: number[]) => {
      running++;
      most = Math.max(most, running);
      calls.push(items);
      if (calls.length === 1) await new Promise<void>((r) => (release = r));
      else await new Promise((r) => setTimeout(r, 1));
      running--;
      return items;
    });
    const first = slow('course', 1);
    await new Promise((r) => setImmediate(r));
    // The first call runs: these wait for it, and then go together.
    const later = [2, 3, 4].map((n) => slow('course', n));
    await new Promise((r) => setTimeout(r, 5));
    expect(calls).toEqual([[1]]);
    expect(slow.waiting('course')).toBe(3);
    release();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3, 4]);
    expect(calls).toEqual([[1], [2, 3, 4]]);
    expect(most).toBe(1);
    expect(slow.waiting('course')).toBe(0);
  });
});
