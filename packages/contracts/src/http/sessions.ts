// POST /sessions/check on learners: whether a sign-in session still runs, and the roles its
// learner holds now. The gateway asks it for the session of every token it accepts (its answer
// cached for less than a minute), so that a signed-out session or a revoked role stops working
// everywhere without waiting for the token to expire.
import { z } from 'zod';
import { defineEndpoint } from './endpoint.ts';

export const sessionCheckEndpoint = defineEndpoint({
  owner: 'learners',
  callers: ['gateway'],
  method: 'POST',
  path: '/sessions/check',
  request: z.object({
    sessionId: z.string().min(1).max(64),
    /** The token's subject: a session of someone else is not theirs. */
    learnerId: z.string().min(1).max(64),
  }),
  response: z.object({
    /** False when the session ended, expired, belongs to someone else or never existed. */
    active: z.boolean(),
    /** The roles held now (RESIDENT left out); a token keeps only those of its roles found here. */
    roles: z.array(z.object({ role: z.string().max(32), cityId: z.string().max(64).nullable() })).max(200),
  }),
});

export type SessionCheck = z.output<typeof sessionCheckEndpoint.response>;
