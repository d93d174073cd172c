// POST /sessions/check (the contracts' endpoint, behind the gateway's proof): whether a token's
// session still runs, and the roles its learner holds now. The gateway asks for every token it
// accepts and keeps the answer less than a minute.
import { endpointHandler, sessionCheckEndpoint } from '@baeumteo/contracts';
import type { LearnersDb } from '../db/schema.ts';
import { rolesRepo } from '../repo/roles.ts';
import { sessionsRepo } from '../repo/sessions.ts';

export function sessionCheck(db: LearnersDb) {
  const sessions = sessionsRepo(db);
  const roles = rolesRepo(db);
  return endpointHandler(sessionCheckEndpoint, async ({ sessionId, learnerId }) => {
    const session = await sessions.running(sessionId, learnerId);
    if (!session) return { active: false, roles: [] };
    const grants = await roles.of([learnerId]);
    return { active: true, roles: grants.map((g) => ({ role: g.role, cityId: g.cityId })) };
  });
}
