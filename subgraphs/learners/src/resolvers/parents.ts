// What resolvers hand on for the types that are not plain rows (codegen `mappers`,
// subgraphs/codegen.config.ts).
import type { LearnerRow, RoleGrantRow } from '../db/schema.ts';

/** A learner row, with the cities they applied to when the courses service sent them (@requires). */
export type LearnerParent = LearnerRow & { appliedCityIds?: string[] | null };

/** A stored grant, or the RESIDENT role every account holds without one. */
export type RoleGrantParent = Pick<RoleGrantRow, 'role' | 'cityId'>;
