// A province admin looking a person up by email, to grant a role or help with an account. The
// lookup reads personal data, so it goes on the person's access log like any other read.
import { forbidden, isProvinceAdmin, unauthenticated } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { LearnerRow } from '../db/schema.ts';
import { checkEmail } from '../rules/signUp.ts';

export async function learnerByEmail(ctx: Context, emailInput: string): Promise<LearnerRow | null> {
  if (!ctx.caller) throw unauthenticated();
  if (!isProvinceAdmin(ctx.caller)) throw forbidden('Only province admins may look people up by email.');
  const learner = await ctx.repo.accounts.byEmail(checkEmail(emailInput, 'email'));
  if (!learner) return null;
  await ctx.repo.accessLog.append({
    ...ctx.actor(learner.id),
    subjectId: learner.id,
    action: 'FIND_BY_EMAIL',
  });
  return learner;
}
