import { pageRequest, toConnection } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { LearningRecordRow } from '../db/schema.ts';
import { recordCursor } from '../repo/records.ts';
import { assertOwnHistory } from '../rules/access.ts';
import { learningCategories } from '../rules/events.ts';

interface LearnerRef {
  id: string;
}

export const Learner = {
  __resolveReference: (ref: LearnerRef) => ({ id: ref.id }),
  transcript: async (learner: LearnerRef, _: unknown, ctx: Context) => {
    assertOwnHistory(ctx.caller, learner.id);
    await ctx.logAccess(learner.id, 'READ_TRANSCRIPT');
    // Both totals fields read the same per-category sums: one query for the two, only if asked.
    let sums: Promise<{ category: string | null; hours: number }[]> | undefined;
    const totals = () => {
      sums ??= Promise.resolve(ctx.repo.records.totals(learner.id));
      return sums;
    };
    return { learnerId: learner.id, totals };
  },
  certificates: async (learner: LearnerRef, _: unknown, ctx: Context) => {
    assertOwnHistory(ctx.caller, learner.id);
    await ctx.logAccess(learner.id, 'READ_CERTIFICATES');
    return ctx.repo.certificates.ofLearner(learner.id);
  },
  historyAccessLog: (learner: LearnerRef, _: unknown, ctx: Context) => {
    assertOwnHistory(ctx.caller, learner.id);
    return ctx.repo.accessLog.of(learner.id);
  },
};

type TranscriptParent = {
  learnerId: string;
  totals: () => Promise<{ category: string | null; hours: number }[]>;
};

export const Transcript = {
  totalHours: async (t: TranscriptParent) => (await t.totals()).reduce((sum, row) => sum + row.hours, 0),
  hoursByCategory: async (t: TranscriptParent) => {
    const totals = await t.totals();
    return learningCategories.map((category) => ({
      category,
      hours: totals.find((row) => row.category === category)?.hours ?? 0,
    }));
  },
  records: async (
    t: { learnerId: string },
    args: { first?: number | null; after?: string | null },
    ctx: Context,
  ) => {
    const page = pageRequest(args, 2);
    const { rows, totalCount } = await ctx.repo.records.page(t.learnerId, page);
    return toConnection(rows, page.limit, totalCount, recordCursor);
  },
};

export const LearningRecord = {
  city: (r: LearningRecordRow) => ({ __typename: 'City', id: r.cityId }),
  course: (r: LearningRecordRow) => (r.courseId ? { __typename: 'Course', id: r.courseId } : null),
  content: (r: LearningRecordRow) => (r.contentId ? { __typename: 'Content', id: r.contentId } : null),
};
