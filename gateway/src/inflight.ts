// Identical subgraph reads in flight at the same moment, made once: the second caller to ask a
// subgraph exactly what is already being fetched for the same audience waits for that fetch's
// answer instead of sending its own. The audience decides who may share:
// - anonymous callers share with one another (what they may read is public, and their address
//   reaches a subgraph only for sign-up and sign-in, which are mutations);
// - a signed-in resident shares only with their own session (a page that asks `me` twice, a
//   phone that retries);
// - anyone else (staff, instructors, analysts, admins) never shares: their reads of other people's
//   data are written to access logs, one entry per request with its own correlation id.
// Mutations are never shared, and a caller's mutation ends the sharing of the reads that caller
// had in flight, so that a read sent after a mutation's answer always sees its effect.
import type { Caller } from '@baeumteo/server';
import type { SubgraphResponse } from './subgraphClient.ts';

/** The audience a read may be shared within, or null when it may not be shared at all. */
export function audienceOf(caller: Caller | null): string | null {
  if (!caller) return 'anonymous';
  if (caller.roles.some((grant) => grant.role !== 'RESIDENT')) return null;
  return `learner:${caller.id}:${caller.sessionId ?? ''}`;
}

export class InflightReads {
  readonly #pending = new Map<string, Promise<SubgraphResponse>>();
  /** The keys each audience has in flight, to forget them when it sends a mutation. */
  readonly #byAudience = new Map<string, Set<string>>();

  /** How many fetches are shared right now (for tests and /metrics). */
  get size(): number {
    return this.#pending.size;
  }

  /**
   * The answer to `body` sent to `subgraph` for `audience`: the fetch already in flight when there
   * is one, else `send()`'s, shared until it settles.
   */
  share(
    audience: string,
    subgraph: string,
    body: string,
    send: () => Promise<SubgraphResponse>,
  ): { answer: Promise<SubgraphResponse>; shared: boolean } {
    const key = `${subgraph}\n${audience}\n${body}`;
    const pending = this.#pending.get(key);
    if (pending) return { answer: pending, shared: true };
    const answer = send();
    this.#pending.set(key, answer);
    const keys = this.#byAudience.get(audience) ?? new Set<string>();
    this.#byAudience.set(audience, keys);
    keys.add(key);
    const settle = () => {
      if (this.#pending.get(key) === answer) this.#pending.delete(key);
      keys.delete(key);
      if (keys.size === 0 && this.#byAudience.get(audience) === keys) this.#byAudience.delete(audience);
    };
    answer.then(settle, settle);
    return { answer, shared: false };
  }

  /** `audience` sends a mutation: its reads from now on are fetched anew. */
  forget(audience: string): void {
    const keys = this.#byAudience.get(audience);
    if (!keys) return;
    for (const key of keys) this.#pending.delete(key);
    this.#byAudience.delete(audience);
  }
}
