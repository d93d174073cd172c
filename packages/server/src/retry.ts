// When to try again after a failed delivery, and whether a failure is the receiver's or the
// message's. Pure: the relay and its tests share them.

export interface RetrySchedule {
  /** The delay before the first retry; each further failure doubles it. */
  baseMs: number;
  /** The longest delay. */
  maxMs: number;
}

/**
 * The delay before retry number `failures` (1 for the first): exponential, capped, with "equal
 * jitter": half of it fixed, half random, so relays that failed together do not retry together.
 */
export function retryDelayMs(failures: number, schedule: RetrySchedule, random: () => number = Math.random) {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const ceiling = Math.min(schedule.maxMs, schedule.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Network-level failures: nothing answered (refused, reset, unknown host, timed out). */
const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EPIPE',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);

/**
 * Whether a failed send never reached an answer: the receiver is down or hung, and no message
 * is to blame. An answer that refuses (any HTTP status) is not this.
 */
export function isUnreachable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const { name, message, code } = current as Error & { code?: unknown };
    if (name === 'TimeoutError' || name === 'AbortError') return true;
    if (typeof code === 'string' && unreachableCodes.has(code)) return true;
    if (current instanceof TypeError && message === 'fetch failed') return true;
    current = current.cause;
  }
  return false;
}

/** One line of a failure for the outbox's last_error and the logs: no stack, bounded. */
export function failureLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 300);
}
