// Data access for the contents each city features on its site.
import { inTenant } from '@baeumteo/server';
import { asc, eq, inArray } from 'drizzle-orm';
import { featuredContents } from '../db/schema.ts';
import type { ContentDb } from './contents.ts';

export function featuredRepo(db: ContentDb) {
  return {
    ofCities(cityIds: readonly string[]) {
      if (cityIds.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(featuredContents)
        .where(inArray(featuredContents.cityId, [...cityIds]))
        .orderBy(asc(featuredContents.cityId), asc(featuredContents.position));
    },

    /** Replaces a city's featured contents with these, in this order. */
    async set(cityId: string, contentIds: readonly string[]): Promise<void> {
      await inTenant(db, cityId, async (tx) => {
        await tx.delete(featuredContents).where(eq(featuredContents.cityId, cityId));
        if (contentIds.length === 0) return;
        await tx
          .insert(featuredContents)
          .values(contentIds.map((contentId, position) => ({ cityId, position, contentId })));
      });
    },
  };
}
