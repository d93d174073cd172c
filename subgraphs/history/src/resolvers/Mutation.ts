import type { MutationResolvers } from '../generated/graphql.ts';
import { revokeCertificate } from '../operations/certificates.ts';

export const Mutation: MutationResolvers = {
  revokeCertificate: (_, args, ctx) => revokeCertificate(ctx, args.number, args.reason),
};
