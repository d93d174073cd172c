import type {
  CityLearningStatsResolvers,
  ProvinceStatsResolvers,
  QueryResolvers,
} from '../generated/graphql.ts';
import { verifyCertificate } from '../operations/certificates.ts';
import { provinceCategories, provinceMonths, provinceStats } from '../operations/provinceStats.ts';
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

/** The trend and the categories are read only when asked for: the table alone stays one pass. */
export const ProvinceStats: ProvinceStatsResolvers = {
  months: (table, _, ctx) => provinceMonths(ctx.repo, table),
  categories: (table, _, ctx) => provinceCategories(ctx.repo, table),
};
