// When a live class can be joined: from its opening (15 minutes before it starts) until it ends.
// The server decides (CONFLICT otherwise); the page uses the same window to enable the Join button
// and to say why a join was refused.

export type JoinWindow = 'notOpen' | 'open' | 'over';

function time(value: string): number {
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? 0 : ms;
}

export function joinWindow(session: { opensAt: string; endsAt: string }, now: Date): JoinWindow {
  const at = now.getTime();
  if (at < time(session.opensAt)) return 'notOpen';
  if (at >= time(session.endsAt)) return 'over';
  return 'open';
}

export type ConflictReason = 'notOpen' | 'over' | 'full';

/**
 * Why the server refused a join (CONFLICT). The error's message says it in English ("not open yet",
 * "over", "full"); it is no contract, so when it says none of these the clock decides: before the
 * opening or after the end, else full.
 */
export function conflictReason(
  session: { opensAt: string; endsAt: string },
  now: Date,
  message = '',
): ConflictReason {
  if (/not open/i.test(message)) return 'notOpen';
  if (/\bover\b/i.test(message)) return 'over';
  if (/\bfull\b/i.test(message)) return 'full';
  const window = joinWindow(session, now);
  return window === 'open' ? 'full' : window;
}
