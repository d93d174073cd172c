import type { Context } from '../context.ts';
import { provinceStats } from '../provinceStats.ts';
import { assertStatsReader } from '../rules/access.ts';
import { normalizeCertificateNumber } from '../rules/certificateNumber.ts';
import { checkPeriod } from '../rules/stats.ts';

export const Query = {
  verifyCertificate: async (_: unknown, args: { number: string }, ctx: Context) => {
    const number = normalizeCertificateNumber(args.number.slice(0, 64));
    if (!number) {
      return {
        valid: false,
        certificate: null,
        reason: 'This is not a certificate number (e.g. GG-2026-41390-000123).',
      };
    }
    const certificate = await ctx.repo.certificates.byNumber(number);
    if (!certificate)
      return { valid: false, certificate: null, reason: 'No certificate with this number was issued.' };
    if (certificate.revokedAt) {
      return {
        valid: false,
        certificate,
        reason: `Revoked: ${certificate.revocationReason ?? 'no reason given'}`,
      };
    }
    return { valid: true, certificate, reason: null };
  },

  provinceStats: (_: unknown, args: { from: Date; to: Date }, ctx: Context) => {
    assertStatsReader(ctx.caller);
    return provinceStats(ctx.repo, checkPeriod(args.from, args.to));
  },
};

export const CityLearningStats = {
  city: (row: { cityId: string }) => ({ __typename: 'City', id: row.cityId }),
};
