// What resolvers hand on for the types that are not rows of this subgraph (codegen `mappers`,
// subgraphs/codegen.config.ts).
import type { LearningRecordRow } from '../db/schema.ts';

/** An entity owned elsewhere (a city, course, content or learner), known here by its key. */
export interface EntityRef {
  id: string;
}

/** Hours per category of one learner's records (null: records without a category). */
export interface CategoryTotal {
  category: LearningRecordRow['category'];
  hours: number;
}

/** A learner's transcript: its totals are read once, and only when a totals field is asked for. */
export interface TranscriptParent {
  learnerId: string;
  totals: () => Promise<CategoryTotal[]>;
}
