// POST /sessions/check (the contracts' endpoint, behind the gateway's proof): whether tokens'
// sessions still run, and the roles their learners hold now, for many sessions in two statements.
// The gateway asks for every token it accepts and keeps each answer less than a minute.
import { endpointHandler, sessionCheckEndpoint } from '@baeumteo/contracts';
import type { LearnersDb } from '../db/schema.ts';
import { rolesRepo } from '../repo/roles.ts';
import { sessionsRepo } from '../repo/sessions.ts';

export function sessionCheck(db: LearnersDb) {
  const sessions = sessionsRepo(db);
  const roles = rolesRepo(db);
  return endpointHandler(sessionCheckEndpoint, async ({ sessions: asked }) => {
    const running = await sessions.runningOf(asked);
    const runs = (s: { sessionId: string; learnerId: string }) =>
      running.has(`${s.learnerId}:${s.sessionId}`);
    const active = asked.filter(runs);
    const grants = active.length > 0 ? await roles.of([...new Set(active.map((s) => s.learnerId))]) : [];
    return {
      answers: asked.map((s) =>
        runs(s)
          ? {
              active: true,
              roles: grants
                .filter((g) => g.learnerId === s.learnerId)
                .map((g) => ({ role: g.role, cityId: g.cityId })),
            }
          : { active: false, roles: [] },
      ),
    };
  });
}
