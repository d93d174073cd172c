// What resolvers hand on for the types that are not rows of this subgraph (codegen `mappers`,
// subgraphs/codegen.config.ts): entities owned elsewhere, known here by their key.

/** A city (owned by learners): content adds the contents it features. */
export interface CityRef {
  id: string;
}

/** A learner (owned by learners): content adds their progress. */
export interface LearnerRef {
  id: string;
}

/** A course (owned by courses), with the content ids it sends along (@requires). */
export interface CourseRef {
  id: string;
  contentIds?: string[] | null;
}
