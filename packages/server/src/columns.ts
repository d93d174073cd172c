// Column helpers every subgraph's drizzle schema uses, so that all store time the same way.
import { timestamp } from 'drizzle-orm/pg-core';

/** An instant: timestamptz, read as a JavaScript Date. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Compiles only when the list names every value of `T`; otherwise says which are missing. */
type NamesAll<T extends string, L extends readonly string[]> = [Exclude<T, L[number]>] extends [never]
  ? unknown
  : { missing: Exclude<T, L[number]> };

/**
 * The values of a database enum that stores a GraphQL enum, checked against the union codegen
 * generates from the SDL: a value missing from the list, or one the SDL does not have, fails the
 * typecheck. The list keeps its own order, the database's (the migrations fix it).
 *
 *   coursesSchema.enum('course_status', enumValues<CourseStatus>()(['DRAFT', 'OPEN', ...]))
 */
export function enumValues<T extends string>() {
  return <const L extends readonly [T, ...T[]]>(values: L & NamesAll<T, L>): L => values;
}
