// Data access for venues.
import { inTenant, isUuid } from '@baeumteo/server';
import { asc, inArray } from 'drizzle-orm';
import { type VenueRow, venues } from '../db/schema.ts';
import type { CoursesDb } from './courses.ts';

export function venuesRepo(db: CoursesDb) {
  return {
    create(venue: Omit<typeof venues.$inferInsert, 'id'>): Promise<VenueRow> {
      return inTenant(
        db,
        venue.cityId,
        async (tx) => (await tx.insert(venues).values(venue).returning())[0] as VenueRow,
      );
    },
    byIds(ids: readonly string[]): Promise<VenueRow[]> {
      const valid = ids.filter(isUuid);
      if (valid.length === 0) return Promise.resolve([]);
      return db.select().from(venues).where(inArray(venues.id, valid));
    },
    byCities(cityIds: readonly string[]): Promise<VenueRow[]> {
      return db
        .select()
        .from(venues)
        .where(inArray(venues.cityId, [...cityIds]))
        .orderBy(asc(venues.cityId), asc(venues.kind), asc(venues.name));
    },
  };
}
