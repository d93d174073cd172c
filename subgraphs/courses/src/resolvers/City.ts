import { pageRequest, toConnection } from '@baeumteo/server';
import type { CityResolvers } from '../generated/graphql.ts';
import { courseCursor } from '../repo/courses.ts';

export const City: CityResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  courses: async (city, args, ctx) => {
    const page = pageRequest(args, 2);
    // The city is given by the parent: a cityId in the filter cannot widen it.
    const filter = { ...args.filter, cityId: null };
    const { rows, totalCount } = await ctx.loaders.cityCourses.load({ cityId: city.id, filter, page });
    return toConnection(rows, page.limit, totalCount, courseCursor);
  },
  venues: (city, _, ctx) => ctx.loaders.venuesByCity.load(city.id),
};
