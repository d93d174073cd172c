// What resolvers hand on for the types that are not rows of this subgraph (codegen `mappers`,
// subgraphs/codegen.config.ts): entities owned elsewhere, known here by their key.

/** A city (owned by learners): courses adds its courses and venues. */
export interface CityRef {
  id: string;
}

/** A learner (owned by learners): courses adds their enrollments and the cities they applied to. */
export interface LearnerRef {
  id: string;
}
