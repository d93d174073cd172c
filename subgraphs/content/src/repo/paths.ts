// Data access for learning paths and their steps.
import { asc, eq, inArray } from 'drizzle-orm';
import {
  type ContentRow,
  type LearningPathRow,
  type LearningPathStepRow,
  learningPathSteps,
  learningPaths,
} from '../db/schema.ts';
import type { ContentDb } from './contents.ts';

export function pathsRepo(db: ContentDb) {
  return {
    list(level?: ContentRow['level'] | null): Promise<LearningPathRow[]> {
      return db
        .select()
        .from(learningPaths)
        .where(level ? eq(learningPaths.level, level) : undefined)
        .orderBy(asc(learningPaths.position));
    },
    stepsOf(pathIds: readonly string[]): Promise<LearningPathStepRow[]> {
      return db
        .select()
        .from(learningPathSteps)
        .where(inArray(learningPathSteps.pathId, [...pathIds]))
        .orderBy(asc(learningPathSteps.pathId), asc(learningPathSteps.position));
    },
  };
}
