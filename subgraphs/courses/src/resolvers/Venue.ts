import type { VenueRow } from '../db/schema.ts';

export const Venue = {
  city: (venue: VenueRow) => ({ __typename: 'City', id: venue.cityId }),
};
