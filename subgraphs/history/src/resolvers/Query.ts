import type { CityLearningStatsResolvers, QueryResolvers } from '../generated/graphql.ts';
import { verifyCertificate } from '../operations/certificates.ts';
import { provinceStats } from '../operations/provinceStats.ts';
import { assertStatsReader } from '../rules/access.ts';
import { checkPeriod } from '../rules/stats.ts';

export const Query: QueryResolvers = {
  verifyCertificate: (_, args, ctx) => verifyCertificate(ctx, args.number, args.code),

  provinceStats: (_, args, ctx) => {
    assertStatsReader(ctx.caller);
    return provinceStats(ctx.repo, checkPeriod(args.from, args.to));
  },
};

export const CityLearningStats: CityLearningStatsResolvers = {
  city: (row) => ({ id: row.cityId }),
};
