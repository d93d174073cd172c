import { pageRequest, toConnection } from '@baeumteo/server';
import type { LearnerResolvers, LearningRecordResolvers, TranscriptResolvers } from '../generated/graphql.ts';
import { recordCursor } from '../repo/records.ts';
import { assertOwnHistory } from '../rules/access.ts';
import { learningCategories } from '../rules/verbs.ts';
import type { CategoryTotal } from './parents.ts';

export const Learner: LearnerResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  transcript: async (learner, _, ctx) => {
    assertOwnHistory(ctx.caller, learner.id);
    await ctx.logAccess(learner.id, 'READ_TRANSCRIPT');
    // Both totals fields read the same per-category sums: one query for the two, only if asked.
    let sums: Promise<CategoryTotal[]> | undefined;
    const totals = () => {
      sums ??= Promise.resolve(ctx.repo.records.totals(learner.id));
      return sums;
    };
    return { learnerId: learner.id, totals };
  },
  certificates: async (learner, _, ctx) => {
    assertOwnHistory(ctx.caller, learner.id);
    await ctx.logAccess(learner.id, 'READ_CERTIFICATES');
    return ctx.repo.certificates.ofLearner(learner.id);
  },
  historyAccessLog: (learner, _, ctx) => {
    assertOwnHistory(ctx.caller, learner.id);
    return ctx.repo.accessLog.of(learner.id);
  },
};

export const Transcript: TranscriptResolvers = {
  totalHours: async (t) => (await t.totals()).reduce((sum, row) => sum + row.hours, 0),
  hoursByCategory: async (t) => {
    const totals = await t.totals();
    return learningCategories.map((category) => ({
      category,
      hours: totals.find((row) => row.category === category)?.hours ?? 0,
    }));
  },
  records: async (t, args, ctx) => {
    const page = pageRequest(args, 2);
    const { rows, totalCount } = await ctx.repo.records.page(t.learnerId, page);
    return toConnection(rows, page.limit, totalCount, recordCursor);
  },
};

export const LearningRecord: LearningRecordResolvers = {
  city: (r) => ({ id: r.cityId }),
  course: (r) => (r.courseId ? { id: r.courseId } : null),
  content: (r) => (r.contentId ? { id: r.contentId } : null),
};
