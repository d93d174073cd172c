// Changing a password: the current one is checked (throttled like a sign-in), then in one
// transaction the hash changes, every session ends and a new one starts for this device.
import { badInput } from '@baeumteo/server';
import type { Context } from '../context.ts';
import { hashPassword } from '../rules/passwords.ts';
import { sessionExpiresAt } from '../rules/sessions.ts';
import { checkPassword } from '../rules/signUp.ts';
import { throttledPasswordCheck } from './passwordCheck.ts';
import { authPayload, refreshPair, signedInSession } from './session.ts';

export async function changePassword(ctx: Context, currentPassword: string, newPassword: string) {
  const { learner } = await signedInSession(ctx);
  checkPassword(newPassword, 'newPassword');
  if (!(await throttledPasswordCheck(ctx, learner.email ?? '', learner.passwordHash, currentPassword))) {
    throw badInput('The current password is wrong.', 'currentPassword');
  }
  const refresh = refreshPair();
  const now = new Date();
  const session = await ctx.repo.accounts.changePassword(
    learner.id,
    await hashPassword(newPassword),
    { expiresAt: sessionExpiresAt(now, ctx.sessionLifetimeDays), refreshTokenHash: refresh.hash },
    ctx.actor(learner.id),
    now,
  );
  ctx.loaders.learnerById.clear(learner.id);
  return authPayload(ctx, learner, session, refresh.token);
}
