// The venues of every city, taken as written in the vocabulary.
import { cities } from '@baeumteo/contracts';
import type { Random } from './random.ts';
import type { VenueSeed } from './types.ts';
import { cityVenues } from './vocabulary/index.ts';

export function generateVenues(ids: Random): VenueSeed[] {
  return cities.flatMap((city) => {
    const words = cityVenues[city.id];
    if (!words || words.length === 0) throw new Error(`no venues for city '${city.id}'`);
    return words.map((venue) => ({
      id: ids.uuid(),
      cityId: city.id,
      name: venue.name,
      kind: venue.kind,
      address: venue.address,
      dong: venue.dong,
    }));
  });
}
