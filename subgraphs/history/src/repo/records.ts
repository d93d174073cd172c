// Data access for learning records: idempotent ingestion and a learner's transcript.
import { keysetAfter, type PageRequest } from '@baeumteo/server';
import { and, desc, eq, sql } from 'drizzle-orm';
import {
  categoryDays,
  cityDays,
  deadLetters,
  holders,
  type LearningRecordRow,
  learnerYears,
  learningRecords,
} from '../db/schema.ts';
import type { NewRecord } from '../rules/statements.ts';
import { dayMask, isActivity, koreaDay } from '../rules/stats.ts';
import type { HistoryDb } from './certificates.ts';

/** A holder's name as learners reported it at a moment (PROFILE events). */
export interface HolderName {
  learnerId: string;
  name: string;
  occurredAt: Date;
}

export function recordsRepo(db: HistoryDb) {
  return {
    /** Stores each record once by its event id; returns the records that were new. */
    async insertNew(records: NewRecord[]): Promise<NewRecord[]> {
      if (records.length === 0) return [];
      const stored = await db
        .insert(learningRecords)
        .values(records)
        .onConflictDoNothing()
        .returning({ id: learningRecords.id });
      // An event sent twice in one batch is stored, and so returned, once.
      const fresh = new Map(stored.map((r) => [r.id, true]));
      return records.filter((r) => fresh.delete(r.id));
    },

    /** Adds new records to the statistics rollup (in the transaction that stored them). */
    async addToRollup(records: NewRecord[]): Promise<void> {
      const learnerDays = new Map<
        string,
        { residenceCityId: string; year: number; learnerId: string; bits: string[] }
      >();
      const sums = new Map<string, typeof cityDays.$inferInsert>();
      const categorySums = new Map<string, typeof categoryDays.$inferInsert>();
      for (const r of records) {
        if (!r.residenceCityId || !isActivity(r.verb)) continue;
        const day = koreaDay(r.occurredAt);
        const learnerKey = `${r.residenceCityId}|${day.year}|${r.learnerId}`;
        const learner = learnerDays.get(learnerKey) ?? {
          residenceCityId: r.residenceCityId,
          year: day.year,
          learnerId: r.learnerId,
          bits: [...dayMask(0, 0)],
        };
        learner.bits[day.index] = '1';
        learnerDays.set(learnerKey, learner);
        const dayKey = `${r.residenceCityId}|${day.date}`;
        const sum = sums.get(dayKey) ?? { residenceCityId: r.residenceCityId, day: day.date };
        sum.enrollments = (sum.enrollments ?? 0) + (r.verb === 'ENROLLED' ? 1 : 0);
        sum.completions = (sum.completions ?? 0) + (r.verb === 'COMPLETED' ? 1 : 0);
        sum.notCompleted = (sum.notCompleted ?? 0) + (r.verb === 'NOT_COMPLETED' ? 1 : 0);
        sum.hours = (sum.hours ?? 0) + (r.hours ?? 0);
        sums.set(dayKey, sum);
        if (!r.category) continue;
        const categoryKey = `${r.residenceCityId}|${r.category}|${day.date}`;
        const inCategory = categorySums.get(categoryKey) ?? {
          residenceCityId: r.residenceCityId,
          category: r.category,
          day: day.date,
        };
        inCategory.completions = (inCategory.completions ?? 0) + (r.verb === 'COMPLETED' ? 1 : 0);
        inCategory.notCompleted = (inCategory.notCompleted ?? 0) + (r.verb === 'NOT_COMPLETED' ? 1 : 0);
        inCategory.hours = (inCategory.hours ?? 0) + (r.hours ?? 0);
        inCategory.credited = (inCategory.credited ?? 0) + ((r.hours ?? 0) > 0 ? 1 : 0);
        categorySums.set(categoryKey, inCategory);
      }
      if (learnerDays.size === 0) return;
      // Sorted by key, so concurrent batches lock rollup rows in the same order (no deadlock).
      const sorted = <T>(map: Map<string, T>) =>
        [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v);
      await db
        .insert(learnerYears)
        .values(sorted(learnerDays).map(({ bits, ...key }) => ({ ...key, days: bits.join('') })))
        .onConflictDoUpdate({
          target: [learnerYears.residenceCityId, learnerYears.year, learnerYears.learnerId],
          set: { days: sql.raw('learner_years.days | excluded.days') },
        });
      const added = (column: string) => sql.raw(`city_days.${column} + excluded.${column}`);
      await db
        .insert(cityDays)
        .values(sorted(sums))
        .onConflictDoUpdate({
          target: [cityDays.residenceCityId, cityDays.day],
          set: {
            enrollments: added('enrollments'),
            completions: added('completions'),
            notCompleted: added('not_completed'),
            hours: added('hours'),
          },
        });
      if (categorySums.size === 0) return;
      const addedTo = (column: string) => sql.raw(`category_days.${column} + excluded.${column}`);
      await db
        .insert(categoryDays)
        .values(sorted(categorySums))
        .onConflictDoUpdate({
          target: [categoryDays.residenceCityId, categoryDays.category, categoryDays.day],
          set: {
            completions: addedTo('completions'),
            notCompleted: addedTo('not_completed'),
            hours: addedTo('hours'),
            credited: addedTo('credited'),
          },
        });
    },

    async reject(rejected: { reason: string; event: unknown }[], source: string): Promise<void> {
      if (rejected.length === 0) return;
      await db
        .insert(deadLetters)
        .values(rejected.map((r) => ({ source, reason: r.reason, event: r.event as object })));
    },

    /** Keeps each holder's latest name; an older event never overwrites a newer one. */
    async upsertHolders(profiles: HolderName[]): Promise<void> {
      const latest = new Map<string, HolderName>();
      for (const p of profiles) {
        const seen = latest.get(p.learnerId);
        if (!seen || seen.occurredAt <= p.occurredAt) latest.set(p.learnerId, p);
      }
      if (latest.size === 0) return;
      await db
        .insert(holders)
        .values(
          [...latest.values()]
            .sort((a, b) => (a.learnerId < b.learnerId ? -1 : 1))
            .map((p) => ({ learnerId: p.learnerId, name: p.name, updatedAt: p.occurredAt })),
        )
        .onConflictDoUpdate({
          target: holders.learnerId,
          set: { name: sql.raw('excluded.name'), updatedAt: sql.raw('excluded.updated_at') },
          setWhere: sql`${holders.updatedAt} <= excluded.updated_at`,
        });
    },

    async totals(learnerId: string) {
      return db
        .select({
          category: learningRecords.category,
          hours: sql<number>`coalesce(sum(${learningRecords.hours}), 0)::float`,
        })
        .from(learningRecords)
        .where(eq(learningRecords.learnerId, learnerId))
        .groupBy(learningRecords.category);
    },

    /** Newest first; the cursor is (occurredAt, id) of the last record seen. */
    async page(learnerId: string, page: PageRequest) {
      const after = keysetAfter(
        page.after,
        { sort: learningRecords.occurredAt, id: learningRecords.id },
        'timestamptz',
        '<',
      );
      const where = eq(learningRecords.learnerId, learnerId);
      const count = sql<number>`(select count(*)::int from ${learningRecords} where ${where})`;
      // The page and its total in one statement, so both see the same records while new ones arrive.
      const rows = await db
        .select({ record: learningRecords, total: count })
        .from(learningRecords)
        .where(and(where, after))
        .orderBy(desc(learningRecords.occurredAt), desc(learningRecords.id))
        .limit(page.limit + 1);
      const totalCount =
        rows[0]?.total ?? (await db.select({ n: count }).from(sql`(select 1) as one`))[0]?.n ?? 0;
      return { rows: rows.map((r) => r.record), totalCount };
    },
  };
}

export function recordCursor(r: LearningRecordRow): [string, string] {
  return [r.occurredAt.toISOString(), r.id];
}
