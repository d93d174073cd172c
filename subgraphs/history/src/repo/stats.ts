// Aggregates for province statistics, per resident city: distinct learners from the learners'
// day bitmaps (one bitwise test per learner and year), sums from the daily city totals, and the
// partial days at the ends of a period from the records.
import { rowsOf } from '@baeumteo/server';
import { type SQL, sql } from 'drizzle-orm';
import { cityDays, learnerYears, learningRecords } from '../db/schema.ts';
import { activityVerbs, type CityTotals, dayMask, type Period, planPeriod } from '../rules/stats.ts';
import type { HistoryDb } from './certificates.ts';

type Sums = Omit<CityTotals, 'activeLearners'>;

export function statsRepo(db: HistoryDb) {
  const verbs = sql.join(
    activityVerbs.map((v) => sql`${v}`),
    sql`, `,
  );
  const inEdge = (
    edge: Period,
  ) => sql`${learningRecords.occurredAt} >= ${edge.from.toISOString()}::timestamptz
    and ${learningRecords.occurredAt} < ${edge.to.toISOString()}::timestamptz
    and ${learningRecords.residenceCityId} is not null and ${learningRecords.verb}::text in (${verbs})`;

  async function activeLearners(plan: ReturnType<typeof planPeriod>): Promise<Map<string, number>> {
    const zero = dayMask(0, 0);
    const yearParts = plan.years.map(
      ({ year, mask }) => sql`
        select ${learnerYears.residenceCityId} as city, ${learnerYears.learnerId} as learner
        from ${learnerYears}
        where ${learnerYears.year} = ${year}
          and (${learnerYears.days} & ${mask}::bit(366)) <> ${zero}::bit(366)`,
    );
    const edgeParts = plan.edges.map(
      (edge) => sql`
        select ${learningRecords.residenceCityId}, ${learningRecords.learnerId}
        from ${learningRecords} where ${inEdge(edge)}`,
    );
    const parts: SQL[] = [...yearParts, ...edgeParts];
    // One year and no partial days (a calendar year, a month): each row is a distinct learner.
    const query =
      yearParts.length === 1 && edgeParts.length === 0
        ? sql`select city, count(*)::int as n from (${yearParts[0]}) as learners group by city`
        : sql`select city, count(*)::int as n
              from (select distinct city, learner from (${sql.join(parts, sql` union all `)}) as activity) as learners
              group by city`;
    const rows = rowsOf<{ city: string; n: number }>(await db.execute(query));
    return new Map(rows.map((r) => [r.city, r.n]));
  }

  async function sums(plan: ReturnType<typeof planPeriod>): Promise<Sums[]> {
    const parts: SQL[] = [];
    if (plan.days) {
      parts.push(sql`
        select ${cityDays.residenceCityId} as city, ${cityDays.enrollments} as enrollments,
          ${cityDays.completions} as completions, ${cityDays.notCompleted} as not_completed,
          ${cityDays.hours} as hours
        from ${cityDays}
        where ${cityDays.day} >= ${plan.days.fromDay}::date and ${cityDays.day} < ${plan.days.toDay}::date`);
    }
    for (const edge of plan.edges) {
      parts.push(sql`
        select ${learningRecords.residenceCityId}, (${learningRecords.verb} = 'ENROLLED')::int,
          (${learningRecords.verb} = 'COMPLETED')::int, (${learningRecords.verb} = 'NOT_COMPLETED')::int,
          ${learningRecords.hours}
        from ${learningRecords} where ${inEdge(edge)}`);
    }
    const rows = rowsOf<Sums>(
      await db.execute(sql`
        select city as "cityId", coalesce(sum(enrollments), 0)::int as enrollments,
          coalesce(sum(completions), 0)::int as completions, coalesce(sum(not_completed), 0)::int as "notCompleted",
          coalesce(sum(hours), 0)::float8 as "learningHours"
        from (${sql.join(parts, sql` union all `)}) as activity group by city`),
    );
    return rows.map((r) => ({ ...r, learningHours: Number(r.learningHours) }));
  }

  return {
    async cityTotals(period: Period): Promise<CityTotals[]> {
      const plan = planPeriod(period);
      const [learners, totals] = await Promise.all([activeLearners(plan), sums(plan)]);
      const byCity = new Map(totals.map((t) => [t.cityId, t]));
      const cities = new Set([...learners.keys(), ...byCity.keys()]);
      return [...cities].map((cityId) => ({
        cityId,
        enrollments: 0,
        completions: 0,
        notCompleted: 0,
        learningHours: 0,
        ...byCity.get(cityId),
        activeLearners: learners.get(cityId) ?? 0,
      }));
    },
  };
}
