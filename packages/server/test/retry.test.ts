// The relay's retry rules: exponential backoff with equal jitter, and which failures reached nobody.
import { describe, expect, it } from 'vitest';
import { failureLine, isUnreachable, retryDelayMs } from '../src/retry.ts';

describe('retryDelayMs', () => {
  const schedule = { baseMs: 1_000, maxMs: 30_000 };
  it('doubles from the base, capped, with half of it random', () => {
    expect(retryDelayMs(1, schedule, () => 0)).toBe(500);
    expect(retryDelayMs(1, schedule, () => 1)).toBe(1_000);
    expect(retryDelayMs(3, schedule, () => 0)).toBe(2_000);
    expect(retryDelayMs(3, schedule, () => 1)).toBe(4_000);
    expect(retryDelayMs(50, schedule, () => 1)).toBe(30_000);
    expect(retryDelayMs(50, schedule, () => 0)).toBe(15_000);
  });
  it('spreads relays that failed together', () => {
    const delays = new Set(Array.from({ length: 20 }, () => retryDelayMs(4, schedule)));
    expect(delays.size).toBeGreaterThan(1);
    for (const d of delays) expect(d).toBeGreaterThanOrEqual(4_000);
  });
});

describe('isUnreachable', () => {
  const cause = (code: string) => Object.assign(new Error('connect'), { code });
  it('tells a receiver that never answered from one that refused', () => {
    expect(isUnreachable(new TypeError('fetch failed', { cause: cause('ECONNREFUSED') }))).toBe(true);
    expect(isUnreachable(new DOMException('The operation was aborted due to timeout', 'TimeoutError'))).toBe(
      true,
    );
    expect(isUnreachable(new Error('wrapped', { cause: cause('UND_ERR_SOCKET') }))).toBe(true);
    expect(isUnreachable(new Error('history answered 400 to /events'))).toBe(false);
    expect(isUnreachable(new Error('history answered 503 to /events'))).toBe(false);
    expect(isUnreachable('nothing')).toBe(false);
  });
  it('keeps one bounded line of a failure', () => {
    expect(failureLine(new Error('history answered 400 to /events'))).toBe(
      'Error: history answered 400 to /events',
    );
    expect(failureLine(new Error('x'.repeat(1_000)))).toHaveLength(300);
  });
});
