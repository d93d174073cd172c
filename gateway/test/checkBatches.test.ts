import { describe, expect, it } from 'vitest';
import { batchedCalls } from '../src/checkBatches.ts';

describe('batchedCalls', () => {
  it('makes the items asked at the same moment one call, answering each its own, at most `max` a call', async () => {
    const calls: number[][] = [];
    const double = batchedCalls(3, async (items: number[]) => {
      calls.push(items);
      return items.map((n) => n * 2);
    });
    const answers = await Promise.all([1, 2, 3, 4, 5].map(double));
    expect(answers).toEqual([2, 4, 6, 8, 10]);
    expect(calls).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
    expect(await double(7)).toBe(14);
    expect(calls).toHaveLength(3);
  });

  it('fails every item of a failed call, and only those', async () => {
    let call = 0;
    const flaky = batchedCalls(2, async (items: string[]) => {
      call++;
      if (call === 1) throw new Error('learners did not answer');
      return items.map((s) => s.toUpperCase());
    });
    const settled = await Promise.allSettled(['a', 'b', 'c'].map(flaky));
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect(settled[2]).toMatchObject({ value: 'C' });
  });
});
