// Aggregates for province statistics: per resident city, distinct learners and sums over a
// period. Whole months come from the rollup; partial months at the edges from the records.
import { rowsOf } from '@baeumteo/server';
import { sql } from 'drizzle-orm';
import { activityMonths, learningRecords } from '../db/schema.ts';
import { activityVerbs, type CityTotals, type Period, planPeriod } from '../rules/stats.ts';
import type { HistoryDb } from './certificates.ts';

export function statsRepo(db: HistoryDb) {
  return {
    async cityTotals(period: Period): Promise<CityTotals[]> {
      const plan = planPeriod(period);
      const parts = [];
      if (plan.months) {
        parts.push(sql`
          select ${activityMonths.residenceCityId} as city, ${activityMonths.learnerId} as learner,
            ${activityMonths.enrollments} as enrollments, ${activityMonths.completions} as completions,
            ${activityMonths.notCompleted} as not_completed, ${activityMonths.hours} as hours
          from ${activityMonths}
          where ${activityMonths.month} >= ${plan.months.fromMonth}::date
            and ${activityMonths.month} < ${plan.months.toMonth}::date`);
      }
      for (const edge of plan.edges) {
        const verbs = sql.join(
          activityVerbs.map((v) => sql`${v}`),
          sql`, `,
        );
        parts.push(sql`
          select ${learningRecords.residenceCityId}, ${learningRecords.learnerId},
            (${learningRecords.verb} = 'ENROLLED')::int, (${learningRecords.verb} = 'COMPLETED')::int,
            (${learningRecords.verb} = 'NOT_COMPLETED')::int, ${learningRecords.hours}
          from ${learningRecords}
          where ${learningRecords.occurredAt} >= ${edge.from.toISOString()}::timestamptz
            and ${learningRecords.occurredAt} < ${edge.to.toISOString()}::timestamptz
            and ${learningRecords.residenceCityId} is not null
            and ${learningRecords.verb}::text in (${verbs})`);
      }
      // Per learner first, then per city: a hash aggregate instead of a sort for count(distinct).
      const result = await db.execute(sql`
        with activity as (${sql.join(parts, sql` union all `)}),
        per_learner as (
          select city, learner, sum(enrollments) as enrollments, sum(completions) as completions,
            sum(not_completed) as not_completed, sum(hours) as hours
          from activity group by city, learner
        )
        select city as "cityId", count(*)::int as "activeLearners",
          coalesce(sum(enrollments), 0)::int as enrollments, coalesce(sum(completions), 0)::int as completions,
          coalesce(sum(not_completed), 0)::int as "notCompleted", coalesce(sum(hours), 0)::float8 as "learningHours"
        from per_learner group by city`);
      return rowsOf<CityTotals>(result).map((r) => ({ ...r, learningHours: Number(r.learningHours) }));
    },
  };
}
