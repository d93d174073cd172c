// Moving city: the account, enrollments, history and certificates stay; the move is one
// transaction that closes the old residence, opens the new one and queues MOVED for history.
import { badInput } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { LearnerRow } from '../db/schema.ts';
import { currentResidence } from '../rules/caller.ts';
import { checkResidence } from '../rules/signUp.ts';
import { signedIn } from './session.ts';

export async function moveResidence(ctx: Context, cityIdInput: string): Promise<LearnerRow> {
  const learner = await signedIn(ctx);
  const cityId = checkResidence(cityIdInput, await ctx.repo.cities.residenceIds(), 'cityId');
  const current = currentResidence(await ctx.loaders.residencesByLearner.load(learner.id));
  if (current?.cityId === cityId) throw badInput('The learner already lives in this city.', 'cityId');
  await ctx.repo.accounts.move(learner.id, cityId, ctx.actor(learner.id));
  ctx.loaders.residencesByLearner.clear(learner.id);
  return learner;
}
