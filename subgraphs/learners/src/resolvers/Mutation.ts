import { badInput, forbidden, notFound, type Role, unauthenticated } from '@baeumteo/server';
import { authPayload, signedIn, signIn, signUp } from '../auth.ts';
import type { Context } from '../context.ts';
import { mayGrant } from '../rules/access.ts';
import { passwordMatches } from '../rules/passwords.ts';
import type { SignUpInput } from '../rules/signUp.ts';
import { checkResidence } from '../rules/signUp.ts';

export const Mutation = {
  signUp: (_: unknown, args: { input: SignUpInput }, ctx: Context) => signUp(args.input, ctx),
  signIn: (_: unknown, args: { email: string; password: string }, ctx: Context) =>
    signIn(args.email, args.password, ctx),

  refreshToken: async (_: unknown, __: unknown, ctx: Context) => authPayload(ctx, await signedIn(ctx)),

  moveResidence: async (_: unknown, args: { cityId: string }, ctx: Context) => {
    const learner = await signedIn(ctx);
    const cityId = checkResidence(args.cityId, await ctx.repo.cities.residenceIds(), 'cityId');
    const current = (await ctx.loaders.residencesByLearner.load(learner.id)).find((r) => r.to === null);
    if (current?.cityId === cityId) throw badInput('The learner already lives in this city.', 'cityId');
    await ctx.repo.accounts.move(learner.id, cityId, ctx.actor(learner.id));
    ctx.loaders.residencesByLearner.clear(learner.id);
    return learner;
  },

  grantRole: async (
    _: unknown,
    args: { learnerId: string; role: Role; cityId?: string | null },
    ctx: Context,
  ) => {
    if (!ctx.caller) throw unauthenticated();
    const cityId = args.cityId ?? null;
    const cityRole = args.role === 'INSTRUCTOR' || args.role === 'CITY_STAFF';
    if (args.role === 'RESIDENT') throw badInput('Every account is a resident already.', 'role');
    if (cityRole && !cityId) throw badInput(`${args.role} is granted for one city: give cityId.`, 'cityId');
    if (!cityRole && cityId) throw badInput(`${args.role} is province-wide: leave cityId out.`, 'cityId');
    if (cityId) checkResidence(cityId, await ctx.repo.cities.residenceIds(), 'cityId');
    if (!mayGrant(ctx.caller, args.role, cityId)) throw forbidden('You may not grant this role.');
    const learner = await ctx.loaders.learnerById.load(args.learnerId);
    if (!learner || learner.deletedAt) throw notFound('No learner has this id.');
    await ctx.repo.roles.grant(
      { learnerId: learner.id, role: args.role, cityId, grantedBy: ctx.caller.id },
      ctx.actor(learner.id),
    );
    ctx.loaders.rolesByLearner.clear(learner.id);
    return learner;
  },

  exportMyData: async (_: unknown, __: unknown, ctx: Context) => {
    const learner = await signedIn(ctx);
    await ctx.repo.accessLog.append({ ...ctx.actor(learner.id), subjectId: learner.id, action: 'EXPORT' });
    return { exportedAt: new Date(), learner, accessLog: await ctx.repo.accessLog.of(learner.id) };
  },

  deleteMyAccount: async (_: unknown, args: { password: string }, ctx: Context) => {
    const learner = await signedIn(ctx);
    if (!(await passwordMatches(learner.passwordHash, args.password.slice(0, 200)))) {
      throw badInput('The password is wrong.', 'password');
    }
    await ctx.repo.accounts.erase(learner.id, ctx.actor(learner.id));
    return true;
  },
};
