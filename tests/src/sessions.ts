// Sessions as tests drive them: refreshing, asking who a token is, waiting out the gateway's
// session-check window; and real sessions for made-up learners, written straight into learners'
// tables, for tests and benchmarks that need hundreds of distinct callers without signing each one
// up (argon2 for every one would dominate them). The gateway checks those like any other.
import { type Caller, issueAccessToken, rowsOf } from '@baeumteo/server';
import { testSigningKeys } from '@baeumteo/server/testing';
import { sql } from 'drizzle-orm';
import type { GraphQLResponse, Platform } from './platform.ts';

/** The session-check window the session tests run their gateway with (BAEUMTEO_SESSION_CHECK_TTL_MS). */
export const testSessionCheckTtlMs = 300;

/** Waits until every answer the gateway keeps about sessions is older than its window. */
export const afterSessionCheckWindow = () =>
  new Promise<void>((resolve) => setTimeout(resolve, testSessionCheckTtlMs + 200));

export interface RefreshedPayload {
  token: string;
  refreshToken: string;
  expiresAt: string;
  sessionExpiresAt: string;
}

export function refresh(platform: Platform, refreshToken: string) {
  return platform.query<{ refreshToken: RefreshedPayload }>(
    'mutation ($r: String!) { refreshToken(refreshToken: $r) { token refreshToken expiresAt sessionExpiresAt } }',
    { r: refreshToken },
  );
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export function me(platform: Platform, auth: Record<string, string>) {
  return platform.query<{ me: { id: string } | null }>('{ me { id } }', {}, auth);
}

/** The gateway refused the token outright: 401 and UNAUTHENTICATED, no data. */
export function isRefused(response: GraphQLResponse<unknown>): boolean {
  return (
    response.status === 401 &&
    response.body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' &&
    (response.body.data ?? null) === null
  );
}

/** A bearer token for each caller, in order, each in a session of its own. */
export async function sessionTokensFor(platform: Pick<Platform, 'services'>, callers: Caller[]) {
  const db = platform.services.learners.database.db;
  const expiresAt = new Date(Date.now() + 86_400_000);
  const tokens: string[] = [];
  for (let i = 0; i < callers.length; i += 500) {
    const chunk = callers.slice(i, i + 500);
    const ids = sql.join(
      chunk.map((c) => sql`${c.id}::uuid`),
      sql`, `,
    );
    await db.execute(
      sql`insert into learners.learners (id, display_name) select unnest(array[${ids}]), '부하 시험 학습자' on conflict do nothing`,
    );
    const sessions = rowsOf<{ id: string; learner_id: string }>(
      await db.execute(
        sql`insert into learners.sessions (learner_id, expires_at) select unnest(array[${ids}]), ${expiresAt.toISOString()}::timestamptz returning id, learner_id`,
      ),
    );
    const sessionOf = new Map(sessions.map((s) => [s.learner_id, s.id]));
    for (const caller of chunk) {
      const id = sessionOf.get(caller.id);
      if (!id) throw new Error('no session was made');
      tokens.push((await issueAccessToken(testSigningKeys.token, caller, { id, expiresAt })).token);
    }
  }
  return tokens;
}
