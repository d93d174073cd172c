// Aggregates for province statistics, per resident city: distinct learners from the learners'
// day bitmaps (one bitwise test per learner and year), sums from the daily city totals, and the
// partial days at the ends of a period from the records.
import { rowsOf } from '@baeumteo/server';
import { type SQL, sql } from 'drizzle-orm';
import { categoryDays, cityDays, learnerYears, learningRecords } from '../db/schema.ts';
import {
  activityVerbs,
  type CategoryTotals,
  type CityTotals,
  dayMask,
  type Period,
  planPeriod,
} from '../rules/stats.ts';
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

  /** Rows (city, learner) of everyone active in the plan's days, possibly repeated. */
  function activityParts(plan: ReturnType<typeof planPeriod>): { years: SQL[]; edges: SQL[] } {
    const zero = dayMask(0, 0);
    return {
      years: plan.years.map(
        ({ year, mask }) => sql`
        select ${learnerYears.residenceCityId} as city, ${learnerYears.learnerId} as learner
        from ${learnerYears}
        where ${learnerYears.year} = ${year}
          and (${learnerYears.days} & ${mask}::bit(366)) <> ${zero}::bit(366)`,
      ),
      edges: plan.edges.map(
        (edge) => sql`
        select ${learningRecords.residenceCityId} as city, ${learningRecords.learnerId} as learner
        from ${learningRecords} where ${inEdge(edge)}`,
      ),
    };
  }

  async function activeLearners(plan: ReturnType<typeof planPeriod>): Promise<Map<string, number>> {
    const { years, edges } = activityParts(plan);
    // One year and no partial days (a calendar year, a month): each row is a distinct learner.
    const query =
      years.length === 1 && edges.length === 0
        ? sql`select city, count(*)::int as n from (${years[0]}) as learners group by city`
        : sql`select city, count(*)::int as n
              from (select distinct city, learner from (${sql.join([...years, ...edges], sql` union all `)}) as activity) as learners
              group by city`;
    const rows = rowsOf<{ city: string; n: number }>(await db.execute(query));
    return new Map(rows.map((r) => [r.city, r.n]));
  }

  /** Distinct learners active in the plan's days, wherever they lived (a mover counts once). */
  async function provinceLearners(plan: ReturnType<typeof planPeriod>): Promise<number> {
    const { years, edges } = activityParts(plan);
    const parts = [...years, ...edges];
    if (parts.length === 0) return 0;
    const [row] = rowsOf<{ n: number }>(
      await db.execute(
        sql`select count(distinct learner)::int as n from (${sql.join(parts, sql` union all `)}) as activity`,
      ),
    );
    return row?.n ?? 0;
  }

  /** Rows (city, enrollments, completions, not_completed, hours) adding up to the plan's sums. */
  function sumParts(plan: ReturnType<typeof planPeriod>): SQL[] {
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
        select ${learningRecords.residenceCityId} as city, (${learningRecords.verb} = 'ENROLLED')::int as enrollments,
          (${learningRecords.verb} = 'COMPLETED')::int as completions,
          (${learningRecords.verb} = 'NOT_COMPLETED')::int as not_completed, ${learningRecords.hours} as hours
        from ${learningRecords} where ${inEdge(edge)}`);
    }
    return parts;
  }

  const summed = sql`coalesce(sum(enrollments), 0)::int as enrollments,
    coalesce(sum(completions), 0)::int as completions, coalesce(sum(not_completed), 0)::int as "notCompleted",
    coalesce(sum(hours), 0)::float8 as "learningHours"`;

  async function sums(plan: ReturnType<typeof planPeriod>): Promise<Sums[]> {
    const rows = rowsOf<Sums>(
      await db.execute(sql`
        select city as "cityId", ${summed}
        from (${sql.join(sumParts(plan), sql` union all `)}) as activity group by city`),
    );
    return rows.map((r) => ({ ...r, learningHours: Number(r.learningHours) }));
  }

  async function provinceSums(plan: ReturnType<typeof planPeriod>): Promise<Omit<Sums, 'cityId'>> {
    const [row] = rowsOf<Omit<Sums, 'cityId'>>(
      await db.execute(
        sql`select ${summed} from (${sql.join(sumParts(plan), sql` union all `)}) as activity`,
      ),
    );
    return {
      enrollments: row?.enrollments ?? 0,
      completions: row?.completions ?? 0,
      notCompleted: row?.notCompleted ?? 0,
      learningHours: Number(row?.learningHours ?? 0),
    };
  }

  return {
    /** The whole province's totals in a period (each month of the dashboard's trend). */
    async provinceTotals(period: Period): Promise<Omit<CityTotals, 'cityId'>> {
      const plan = planPeriod(period);
      const [activeLearners, totals] = await Promise.all([provinceLearners(plan), provinceSums(plan)]);
      return { ...totals, activeLearners };
    },

    /** Per learning category, province-wide: what was judged and credited in the period. */
    async categoryTotals(period: Period): Promise<CategoryTotals[]> {
      const plan = planPeriod(period);
      const parts: SQL[] = [];
      if (plan.days) {
        parts.push(sql`
          select ${categoryDays.category} as category, ${categoryDays.completions} as completions,
            ${categoryDays.notCompleted} as not_completed, ${categoryDays.hours} as hours,
            ${categoryDays.credited} as credited
          from ${categoryDays}
          where ${categoryDays.day} >= ${plan.days.fromDay}::date and ${categoryDays.day} < ${plan.days.toDay}::date`);
      }
      for (const edge of plan.edges) {
        parts.push(sql`
          select ${learningRecords.category} as category, (${learningRecords.verb} = 'COMPLETED')::int as completions,
            (${learningRecords.verb} = 'NOT_COMPLETED')::int as not_completed, ${learningRecords.hours} as hours,
            (${learningRecords.hours} > 0)::int as credited
          from ${learningRecords} where ${inEdge(edge)} and ${learningRecords.category} is not null`);
      }
      const rows = rowsOf<CategoryTotals>(
        await db.execute(sql`
          select category, coalesce(sum(completions), 0)::int as completions,
            coalesce(sum(not_completed), 0)::int as "notCompleted",
            coalesce(sum(hours), 0)::float8 as "learningHours", coalesce(sum(credited), 0)::int as credited
          from (${sql.join(parts, sql` union all `)}) as judged group by category`),
      );
      return rows.map((r) => ({ ...r, learningHours: Number(r.learningHours) }));
    },

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
