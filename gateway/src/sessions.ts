// Whether a token's session still runs, asked of learners (POST /sessions/check) and kept per
// gateway instance for at most `ttlMs` (≤ 60 s): a signed-out session, or a revoked role, stops
// working everywhere within that window instead of when the token expires. An ended session is
// final and stays remembered. When learners cannot answer, the last answer (no older than a
// token lives) still counts; without one the request is refused as unavailable, never let through.
// Checks wanted at the same moment go to learners together, up to a hundred a request
// (the server's `batched`): a registration opening brings thousands of new sessions within seconds.
import {
  type EndpointSigner,
  endpointClient,
  type SessionCheck,
  sessionCheckEndpoint,
  sessionChecksPerRequest,
} from '@baeumteo/contracts';
import { batched, type Caller, type RoleGrant, tokenLifetimeSeconds } from '@baeumteo/server';

export const maxSessionCheckTtlMs = 60_000;

export class SessionEndedError extends Error {}
export class SessionCheckUnavailableError extends Error {}

export interface SessionCheckOptions {
  /** learners' GraphQL URL: the check lives beside it. */
  learnersUrl: string;
  /** Signs each check for learners with the gateway's key, as every subgraph call is. */
  signer: EndpointSigner<'gateway'>;
  ttlMs?: number | undefined;
  timeoutMs?: number | undefined;
  /** How many sessions an instance remembers (the oldest answers are forgotten first). */
  maxEntries?: number;
}

/** The roles a token keeps: those it carries that the learner still holds. A new role needs a new token. */
export function effectiveRoles(carried: readonly RoleGrant[], held: SessionCheck['roles']): RoleGrant[] {
  return carried.filter((grant) => held.some((h) => h.role === grant.role && h.cityId === grant.cityId));
}

interface Entry {
  at: number;
  answer: SessionCheck;
}

export interface SessionChecker {
  /** Confirms a verified caller's session; answers the caller with the roles it still holds. */
  check(caller: Caller): Promise<Caller>;
  /** Drops what this instance remembers of a learner's sessions: the next request asks again. */
  forget(learnerId: string): void;
}

export function sessionChecker(options: SessionCheckOptions): SessionChecker {
  const ttlMs = Math.min(options.ttlMs ?? 30_000, maxSessionCheckTtlMs);
  const maxEntries = options.maxEntries ?? 100_000;
  const askMany = endpointClient(sessionCheckEndpoint, {
    url: options.learnersUrl,
    signer: options.signer,
    timeoutMs: options.timeoutMs ?? 5_000,
  });
  const askBatched = batched(
    { max: sessionChecksPerRequest },
    async (_: 'learners', sessions: { sessionId: string; learnerId: string }[]) =>
      (await askMany({ sessions })).answers,
  );
  const ask = (session: { sessionId: string; learnerId: string }) => askBatched('learners', session);
  const known = new Map<string, Entry>();
  const asking = new Map<string, Promise<SessionCheck>>();

  const remember = (key: string, answer: SessionCheck) => {
    known.delete(key);
    known.set(key, { at: Date.now(), answer });
    if (known.size > maxEntries) known.delete(known.keys().next().value as string);
  };

  const answerFor = async (sessionId: string, learnerId: string): Promise<SessionCheck> => {
    const key = `${learnerId}:${sessionId}`;
    const entry = known.get(key);
    if (entry && (!entry.answer.active || Date.now() - entry.at < ttlMs)) return entry.answer;
    const pending =
      asking.get(key) ??
      ask({ sessionId, learnerId })
        .then((answer) => {
          remember(key, answer);
          return answer;
        })
        .finally(() => asking.delete(key));
    asking.set(key, pending);
    try {
      return await pending;
    } catch {
      if (entry && Date.now() - entry.at < tokenLifetimeSeconds * 1000) return entry.answer;
      throw new SessionCheckUnavailableError('learners did not answer the session check');
    }
  };

  return {
    check: async (caller) => {
      if (!caller.sessionId) throw new SessionEndedError('no session');
      const answer = await answerFor(caller.sessionId, caller.id);
      if (!answer.active) throw new SessionEndedError('session ended');
      return { ...caller, roles: effectiveRoles(caller.roles, answer.roles) };
    },
    forget: (learnerId) => {
      for (const key of known.keys()) if (key.startsWith(`${learnerId}:`)) known.delete(key);
    },
  };
}
