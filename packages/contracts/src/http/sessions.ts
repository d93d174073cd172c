// POST /sessions/check on learners: whether sign-in sessions still run, and the roles their
// learners hold now. The gateway asks it for the session of every token it accepts (its answer
// cached for less than a minute), so that a signed-out session or a revoked role stops working
// everywhere without waiting for the token to expire. It asks for many sessions at once: during
// a registration opening thousands of residents sign in within seconds, and one request per
// session would cost learners more than the applications cost courses.
import { z } from 'zod';
import { defineEndpoint } from './endpoint.ts';

/** The most sessions one request may ask about. */
export const sessionChecksPerRequest = 100;

const sessionAnswer = z.object({
  /** False when the session ended, expired, belongs to someone else or never existed. */
  active: z.boolean(),
  /** The roles held now (RESIDENT left out); a token keeps only those of its roles found here. */
  roles: z.array(z.object({ role: z.string().max(32), cityId: z.string().max(64).nullable() })).max(200),
});

export const sessionCheckEndpoint = defineEndpoint({
  owner: 'learners',
  callers: ['gateway'],
  method: 'POST',
  path: '/sessions/check',
  request: z.object({
    sessions: z
      .array(
        z.object({
          sessionId: z.string().min(1).max(64),
          /** The token's subject: a session of someone else is not theirs. */
          learnerId: z.string().min(1).max(64),
        }),
      )
      .min(1)
      .max(sessionChecksPerRequest),
  }),
  response: z.object({
    /** One answer for each session asked, in the order asked. */
    answers: z.array(sessionAnswer).max(sessionChecksPerRequest),
  }),
});

export type SessionCheck = z.output<typeof sessionAnswer>;
