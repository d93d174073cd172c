import type { MutationResolvers } from '../generated/graphql.ts';
import { requestEmailChange } from '../operations/emailChange.ts';
import { resendVerificationEmail, verifyEmail } from '../operations/emailVerification.ts';
import { changePassword } from '../operations/password.ts';
import { requestPasswordReset, resetPassword } from '../operations/passwordReset.ts';
import { deleteMyAccount, exportMyData } from '../operations/personalData.ts';
import { moveResidence } from '../operations/residence.ts';
import { grantRole, revokeRole } from '../operations/roles.ts';
import { refreshToken } from '../operations/session.ts';
import { signIn } from '../operations/signIn.ts';
import { signOut, signOutEverywhere } from '../operations/signOut.ts';
import { signUp } from '../operations/signUp.ts';
export const Mutation: MutationResolvers = {
  signUp: (_, args, ctx) => signUp(ctx, args.input),
  signIn: (_, args, ctx) => signIn(ctx, args.email, args.password),
  verifyEmail: (_, args, ctx) => verifyEmail(ctx, args.token),
  resendVerificationEmail: (_, __, ctx) => resendVerificationEmail(ctx),
  requestEmailChange: (_, args, ctx) => requestEmailChange(ctx, args.newEmail, args.password),
  requestPasswordReset: (_, args, ctx) => requestPasswordReset(ctx, args.email),
  resetPassword: (_, args, ctx) => resetPassword(ctx, args.token, args.newPassword),
  refreshToken: (_, args, ctx) => refreshToken(ctx, args.refreshToken),
  moveResidence: (_, args, ctx) => moveResidence(ctx, args.cityId),
  grantRole: (_, args, ctx) => grantRole(ctx, args.learnerId, args.role, args.cityId),
  revokeRole: (_, args, ctx) => revokeRole(ctx, args.learnerId, args.role, args.cityId),
  changePassword: (_, args, ctx) => changePassword(ctx, args.currentPassword, args.newPassword),
  signOut: (_, __, ctx) => signOut(ctx),
  signOutEverywhere: (_, __, ctx) => signOutEverywhere(ctx),
  exportMyData: (_, __, ctx) => exportMyData(ctx),
  deleteMyAccount: (_, args, ctx) => deleteMyAccount(ctx, args.password),
};
