// Data access for learning records: idempotent ingestion and a learner's transcript.
import { keysetAfter, type PageRequest } from '@baeumteo/server';
import { and, desc, eq, sql } from 'drizzle-orm';
import {
  activityMonths,
  deadLetters,
  holders,
  type LearningRecordRow,
  learningRecords,
} from '../db/schema.ts';
import type { NewRecord, ProfileEvent } from '../rules/events.ts';
import { isActivity, monthKey } from '../rules/stats.ts';
import type { HistoryDb } from './certificates.ts';

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
      const rows = new Map<string, typeof activityMonths.$inferInsert>();
      for (const r of records) {
        if (!r.residenceCityId || !isActivity(r.verb)) continue;
        const month = monthKey(r.occurredAt);
        const key = `${r.residenceCityId}|${month}|${r.learnerId}`;
        const row = rows.get(key) ?? {
          residenceCityId: r.residenceCityId,
          month,
          learnerId: r.learnerId,
          enrollments: 0,
          completions: 0,
          notCompleted: 0,
          hours: 0,
        };
        row.enrollments = (row.enrollments ?? 0) + (r.verb === 'ENROLLED' ? 1 : 0);
        row.completions = (row.completions ?? 0) + (r.verb === 'COMPLETED' ? 1 : 0);
        row.notCompleted = (row.notCompleted ?? 0) + (r.verb === 'NOT_COMPLETED' ? 1 : 0);
        row.hours = (row.hours ?? 0) + (r.hours ?? 0);
        rows.set(key, row);
      }
      if (rows.size === 0) return;
      // Sorted by key, so concurrent batches lock rollup rows in the same order (no deadlock).
      const values = [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row);
      const added = (column: string) => sql.raw(`activity_months.${column} + excluded.${column}`);
      await db
        .insert(activityMonths)
        .values(values)
        .onConflictDoUpdate({
          target: [activityMonths.residenceCityId, activityMonths.month, activityMonths.learnerId],
          set: {
            enrollments: added('enrollments'),
            completions: added('completions'),
            notCompleted: added('not_completed'),
            hours: added('hours'),
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
    async upsertHolders(profiles: ProfileEvent[]): Promise<void> {
      const latest = new Map<string, ProfileEvent>();
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
      const [rows, [count]] = await Promise.all([
        db
          .select()
          .from(learningRecords)
          .where(and(where, after))
          .orderBy(desc(learningRecords.occurredAt), desc(learningRecords.id))
          .limit(page.limit + 1),
        db.select({ n: sql<number>`count(*)::int` }).from(learningRecords).where(where),
      ]);
      return { rows, totalCount: count?.n ?? 0 };
    },
  };
}

export function recordCursor(r: LearningRecordRow): [string, string] {
  return [r.occurredAt.toISOString(), r.id];
}
