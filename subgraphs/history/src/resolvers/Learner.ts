import { forbidden, isProvinceAdmin, pageRequest, toConnection } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { LearningRecordRow } from '../db/schema.ts';
import { recordCursor } from '../repo/records.ts';
import { learningCategories } from '../rules/events.ts';

interface LearnerRef {
  id: string;
}

export const Learner = {
  __resolveReference: (ref: LearnerRef) => ({ id: ref.id }),
  transcript: (learner: LearnerRef, _: unknown, ctx: Context) => {
    if (ctx.caller?.id !== learner.id && !isProvinceAdmin(ctx.caller)) {
      throw forbidden('Only the learner sees their learning history.');
    }
    return { learnerId: learner.id };
  },
};

export const Transcript = {
  totalHours: async (t: { learnerId: string }, _: unknown, ctx: Context) =>
    (await ctx.repo.records.totals(t.learnerId)).reduce((sum, row) => sum + row.hours, 0),
  hoursByCategory: async (t: { learnerId: string }, _: unknown, ctx: Context) => {
    const totals = await ctx.repo.records.totals(t.learnerId);
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
