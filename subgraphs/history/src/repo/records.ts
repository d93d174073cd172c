// Data access for learning records: idempotent ingestion and a learner's transcript.
import { keysetAfter, type PageRequest } from '@baeumteo/server';
import { and, desc, eq, sql } from 'drizzle-orm';
import { deadLetters, type LearningRecordRow, learningRecords } from '../db/schema.ts';
import type { HistoryDb } from './certificates.ts';

export function recordsRepo(db: HistoryDb) {
  return {
    /** Stores each record once by its event id; returns how many were new. */
    async ingest(
      records: (typeof learningRecords.$inferInsert)[],
      rejected: { reason: string; event: unknown }[],
      source: string,
    ) {
      return db.transaction(async (tx) => {
        const stored = records.length
          ? await tx
              .insert(learningRecords)
              .values(records)
              .onConflictDoNothing()
              .returning({ id: learningRecords.id })
          : [];
        if (rejected.length) {
          await tx
            .insert(deadLetters)
            .values(rejected.map((r) => ({ source, reason: r.reason, event: r.event as object })));
        }
        return stored.length;
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
