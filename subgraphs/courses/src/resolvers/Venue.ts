import type { VenueResolvers } from '../generated/graphql.ts';

export const Venue: VenueResolvers = {
  city: (venue) => ({ id: venue.cityId }),
};
