// What resolvers hand on for the types that are not rows of this subgraph (codegen `mappers`,
// subgraphs/codegen.config.ts).

/** A learner, owned by learners, known here by its key. */
export interface LearnerRef {
  id: string;
}

/** A course, owned by courses, known here by its key. */
export interface CourseRef {
  id: string;
}
