// Data access for content progress: the furthest position per learner and content, paced to what
// playback could reach (rules/progress.ts), recorded under a row lock with its learning events.
import { province } from '@baeumteo/contracts';
import { inTenant, isUuid, keysetAfter, type PageRequest, stableUuid } from '@baeumteo/server';
import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { type ContentProgressRow, type ContentRow, contentProgress } from '../db/schema.ts';
import { advance } from '../rules/progress.ts';
import type { ContentDb } from './contents.ts';
import { type ContentEvent, queueEvents } from './outbox.ts';

export function progressCursor(p: ContentProgressRow): [string, string] {
  return [p.updatedAt.toISOString(), p.contentId];
}

export function progressRepo(db: ContentDb) {
  return {
    /** Applies one reported position; returns the progress as it now stands. */
    async record(
      learner: { id: string; residenceCityId: string | null },
      content: ContentRow,
      reportedSeconds: number,
      now = new Date(),
    ): Promise<ContentProgressRow> {
      const durationSeconds = content.durationMinutes * 60;
      // Its events belong to the content's city (the province's for shared contents): the outbox's tenant.
      return inTenant(db, content.cityId ?? province.id, async (tx) => {
        const key = and(eq(contentProgress.learnerId, learner.id), eq(contentProgress.contentId, content.id));
        // A first report starts the learner's clock: at 0, paced to now.
        await tx
          .insert(contentProgress)
          .values({
            learnerId: learner.id,
            contentId: content.id,
            positionSeconds: 0,
            updatedAt: now,
            pacedAt: now,
          })
          .onConflictDoNothing();
        const [current] = await tx.select().from(contentProgress).where(key).for('update');
        const step = advance(
          current
            ? {
                positionSeconds: current.positionSeconds,
                completed: current.completedAt !== null,
                pacedAt: current.pacedAt,
              }
            : null,
          reportedSeconds,
          durationSeconds,
          now,
        );
        const [row] = await tx
          .update(contentProgress)
          .set({
            positionSeconds: step.positionSeconds,
            completedAt: current?.completedAt ?? (step.finishes ? now : null),
            updatedAt: now,
            pacedAt: step.pacedAt,
          })
          .where(key)
          .returning();
        const base = {
          learnerId: learner.id,
          residenceCityId: learner.residenceCityId,
          cityId: content.cityId ?? province.id,
          contentId: content.id,
          occurredAt: now,
        };
        const events: ContentEvent[] = step.newTenths.map((tenth) => ({
          ...base,
          id: stableUuid('PROGRESSED', learner.id, content.id, String(tenth)),
          verb: 'PROGRESSED',
        }));
        if (step.finishes) {
          events.push({
            ...base,
            id: stableUuid('FINISHED_CONTENT', learner.id, content.id),
            verb: 'FINISHED_CONTENT',
            title: content.titleKo,
            hours: Math.round((content.durationMinutes / 60) * 100) / 100,
            category: content.category,
          });
        }
        await queueEvents(tx, events);
        return row as ContentProgressRow;
      });
    },

    ofLearnerIn(learnerId: string, contentIds: readonly string[]): Promise<ContentProgressRow[]> {
      const ids = contentIds.filter(isUuid);
      if (ids.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(contentProgress)
        .where(and(eq(contentProgress.learnerId, learnerId), inArray(contentProgress.contentId, ids)));
    },

    /** Most recently watched first. */
    async page(learnerId: string, page: PageRequest) {
      const after = keysetAfter(
        page.after,
        { sort: contentProgress.updatedAt, id: contentProgress.contentId },
        'timestamptz',
        '<',
      );
      const where = eq(contentProgress.learnerId, learnerId);
      const [rows, [count]] = await Promise.all([
        db
          .select()
          .from(contentProgress)
          .where(and(where, after))
          .orderBy(desc(contentProgress.updatedAt), desc(contentProgress.contentId))
          .limit(page.limit + 1),
        db.select({ n: sql<number>`count(*)::int` }).from(contentProgress).where(where),
      ]);
      return { rows, totalCount: count?.n ?? 0 };
    },

    /** Which of these learners finished which of these contents (for courses judging online courses). */
    finished(learnerIds: readonly string[], contentIds: readonly string[]) {
      const learners = learnerIds.filter(isUuid);
      const ids = contentIds.filter(isUuid);
      if (learners.length === 0 || ids.length === 0) return Promise.resolve([]);
      return db
        .select({ learnerId: contentProgress.learnerId, contentId: contentProgress.contentId })
        .from(contentProgress)
        .where(
          and(
            inArray(contentProgress.learnerId, learners),
            inArray(contentProgress.contentId, ids),
            isNotNull(contentProgress.completedAt),
          ),
        );
    },
  };
}
