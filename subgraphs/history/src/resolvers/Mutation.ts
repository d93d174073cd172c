import { badInput, notFound, unauthenticated } from '@baeumteo/server';
import type { Context } from '../context.ts';
import { canRevokeCertificate } from '../rules/access.ts';
import { normalizeCertificateNumber } from '../rules/certificateNumber.ts';

export const Mutation = {
  revokeCertificate: async (_: unknown, args: { number: string; reason: string }, ctx: Context) => {
    if (!ctx.caller) throw unauthenticated();
    const reason = args.reason.trim();
    if (reason.length === 0 || reason.length > 500) {
      throw badInput('Give the reason for revoking, in at most 500 characters.', 'reason');
    }
    const number = normalizeCertificateNumber(args.number.slice(0, 64));
    const certificate = number ? await ctx.repo.certificates.byNumber(number) : null;
    // Another city's certificate answers like a missing one.
    if (!certificate || !canRevokeCertificate(ctx.caller, certificate)) {
      throw notFound('No certificate with this number.');
    }
    if (certificate.revokedAt) return certificate;
    const revoked = await ctx.repo.certificates.revoke(certificate.id, reason);
    if (revoked) await ctx.logAccess(certificate.learnerId, 'REVOKE_CERTIFICATE');
    return revoked ?? certificate;
  },
};
