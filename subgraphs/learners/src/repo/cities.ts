// Data access for tenants.
import { asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import { type CityRow, cities, type LearnersDb } from '../db/schema.ts';

export function citiesRepo(db: LearnersDb) {
  return {
    /**
     * The province first, then the cities and counties by administrative code. A real promise, not
     * drizzle's query (which runs again on every then()): a resolver's result is awaited by graphql-js
     * and by Apollo's field instrumentation, and the cache hint follows the instrumentation's run.
     */
    async all(): Promise<CityRow[]> {
      return db
        .select()
        .from(cities)
        .orderBy(desc(eq(cities.kind, 'PROVINCE')), asc(cities.code));
    },
    /** The 31 cities and counties a learner can live in (not the province itself). */
    async residenceIds(): Promise<Set<string>> {
      const rows = await db.select({ id: cities.id }).from(cities).where(ne(cities.kind, 'PROVINCE'));
      return new Set(rows.map((c) => c.id));
    },
    byIds(ids: readonly string[]): Promise<CityRow[]> {
      return db
        .select()
        .from(cities)
        .where(inArray(cities.id, [...ids]));
    },
    async count(): Promise<number> {
      const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(cities);
      return row?.n ?? 0;
    },
  };
}
