import type { MutationResolvers } from '../generated/graphql.ts';
import { deleteMyAccount, exportMyData } from '../operations/personalData.ts';
import { moveResidence } from '../operations/residence.ts';
import { grantRole } from '../operations/roles.ts';
import { refreshToken } from '../operations/session.ts';
import { signIn } from '../operations/signIn.ts';
import { signUp } from '../operations/signUp.ts';

export const Mutation: MutationResolvers = {
  signUp: (_, args, ctx) => signUp(ctx, args.input),
  signIn: (_, args, ctx) => signIn(ctx, args.email, args.password),
  refreshToken: (_, __, ctx) => refreshToken(ctx),
  moveResidence: (_, args, ctx) => moveResidence(ctx, args.cityId),
  grantRole: (_, args, ctx) => grantRole(ctx, args.learnerId, args.role, args.cityId),
  exportMyData: (_, __, ctx) => exportMyData(ctx),
  deleteMyAccount: (_, args, ctx) => deleteMyAccount(ctx, args.password),
};
