// Data access for venues.
import { type Created, type IdempotencyKey, inTenant, isUuid, sameKey } from '@baeumteo/server';
import { asc, eq, inArray } from 'drizzle-orm';
import { type VenueRow, venues } from '../db/schema.ts';
import { tellVenueChange } from './courseChanges.ts';
import type { CoursesDb } from './courses.ts';

export function venuesRepo(db: CoursesDb) {
  return {
    /** Creates a venue; with an idempotency key, once (repo/idempotency.ts). */
    create(
      venue: Omit<typeof venues.$inferInsert, 'id' | 'createdBy' | 'idempotencyKey'>,
      key: IdempotencyKey | null,
    ): Promise<Created<VenueRow>> {
      return inTenant(db, venue.cityId, async (tx) => {
        const [row] = await tx
          .insert(venues)
          .values({ ...venue, ...key })
          .onConflictDoNothing({ target: [venues.createdBy, venues.idempotencyKey] })
          .returning();
        if (row) return { row, created: true };
        const [earlier] = key ? await tx.select().from(venues).where(sameKey(venues, key)) : [];
        if (!earlier) throw new Error('the venue was not stored');
        return { row: earlier, created: false };
      });
    },
    /**
     * Replaces a venue's fields, within its city's tenant; `change` (its new name or address) is
     * told to the applicants of its courses in the same transaction.
     */
    update(
      venue: VenueRow,
      fields: Pick<typeof venues.$inferInsert, 'name' | 'kind' | 'address' | 'dong'>,
      change: string | null = null,
    ): Promise<VenueRow> {
      return inTenant(db, venue.cityId, async (tx) => {
        const [row] = await tx.update(venues).set(fields).where(eq(venues.id, venue.id)).returning();
        if (!row) throw new Error('the venue was not updated');
        if (change) await tellVenueChange(tx, row, change);
        return row;
      });
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
