// Who is signed in, and the sessions that say so: each sign-in starts a session with an absolute
// end; its access tokens name it, and its single-use refresh tokens renew them until that end.
import { issueAccessToken, unauthenticated } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { LearnerRow, SessionRow } from '../db/schema.ts';
import { callerOf, currentResidence } from '../rules/caller.ts';
import { newRefreshToken, refreshTokenHash, sessionExpiresAt } from '../rules/sessions.ts';

/** The signed-in learner, or UNAUTHENTICATED. A deleted account is signed out everywhere. */
export async function signedIn(ctx: Context): Promise<LearnerRow> {
  if (!ctx.caller) throw unauthenticated();
  const learner = await ctx.loaders.learnerById.load(ctx.caller.id);
  if (!learner || learner.deletedAt) throw unauthenticated('This account no longer exists.');
  return learner;
}

/**
 * The signed-in learner and their session, checked here and now (not as the gateway last saw it):
 * for changing a password or erasing the account, a token of an ended session is refused at once.
 */
export async function signedInSession(ctx: Context): Promise<{ learner: LearnerRow; session: SessionRow }> {
  const learner = await signedIn(ctx);
  const sessionId = ctx.caller?.sessionId;
  const session = sessionId ? await ctx.repo.sessions.running(sessionId, learner.id) : null;
  if (!session) throw unauthenticated('This session has ended. Sign in again.');
  return { learner, session };
}

/** A new refresh token, and what the table keeps of it. */
export function refreshPair() {
  const token = newRefreshToken();
  return { token, hash: refreshTokenHash(token) };
}

/** What signIn, signUp, refreshToken and changePassword answer: a token for this session. */
export async function authPayload(
  ctx: Context,
  learner: LearnerRow,
  session: SessionRow,
  refreshToken: string,
) {
  const [grants, residences] = await Promise.all([
    ctx.repo.roles.of([learner.id]),
    ctx.repo.accounts.residencesOf([learner.id]),
  ]);
  const residence = currentResidence(residences)?.cityId ?? null;
  const { token, expiresAt } = await issueAccessToken(
    ctx.keys.token,
    callerOf(learner.id, grants, residence),
    {
      id: session.id,
      expiresAt: session.expiresAt,
    },
  );
  return { token, expiresAt, refreshToken, sessionExpiresAt: session.expiresAt, learner };
}

/** Starts a session for a learner who just proved who they are. */
export async function startSession(ctx: Context, learner: LearnerRow) {
  const refresh = refreshPair();
  const now = new Date();
  const session = await ctx.repo.sessions.start({
    learnerId: learner.id,
    startedAt: now,
    expiresAt: sessionExpiresAt(now, ctx.sessionLifetimeDays),
    refreshTokenHash: refresh.hash,
  });
  return authPayload(ctx, learner, session, refresh.token);
}

/** Exchanges a refresh token, once, for a new token and refresh token of the same session. */
export async function refreshToken(ctx: Context, presented: string) {
  const next = refreshPair();
  const rotation = await ctx.repo.sessions.rotate(refreshTokenHash(presented.slice(0, 200)), next.hash);
  const learner =
    rotation.outcome === 'rotated' ? await ctx.loaders.learnerById.load(rotation.session.learnerId) : null;
  if (rotation.outcome !== 'rotated' || !learner || learner.deletedAt) {
    // Unknown, spent (its session has just been ended), ended or expired: all answer the same.
    throw unauthenticated('This refresh token is not valid. Sign in again.');
  }
  return authPayload(ctx, learner, rotation.session, next.token);
}
