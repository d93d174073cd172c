// The learner's rights over their personal data (PIPA): to see all of it, and to erase it.
import { badInput } from '@baeumteo/server';
import type { Context } from '../context.ts';
import { throttledPasswordCheck } from './passwordCheck.ts';
import { signedIn, signedInSession } from './session.ts';

/** Everything kept about the signed-in learner; the export itself is logged first. */
export async function exportMyData(ctx: Context) {
  const learner = await signedIn(ctx);
  await ctx.repo.accessLog.append({ ...ctx.actor(learner.id), subjectId: learner.id, action: 'EXPORT' });
  return { exportedAt: new Date(), learner, accessLog: await ctx.repo.accessLog.of(learner.id) };
}

/** Erases the signed-in account's personal fields and ends its sessions; learning records stay, pseudonymized. */
export async function deleteMyAccount(ctx: Context, password: string): Promise<true> {
  const { learner } = await signedInSession(ctx);
  if (!(await throttledPasswordCheck(ctx, learner.email ?? '', learner.passwordHash, password))) {
    throw badInput('The password is wrong.', 'password');
  }
  await ctx.repo.accounts.erase(learner.id, ctx.actor(learner.id));
  return true;
}
