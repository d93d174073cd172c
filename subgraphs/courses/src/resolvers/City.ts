import { pageRequest, toConnection } from '@baeumteo/server';
import type { Context } from '../context.ts';
import { type CourseFilter, courseCursor } from '../repo/courses.ts';

interface CityRef {
  id: string;
}

export const City = {
  __resolveReference: (ref: CityRef) => ({ id: ref.id }),
  courses: async (
    city: CityRef,
    args: { filter?: CourseFilter | null; first?: number | null; after?: string | null },
    ctx: Context,
  ) => {
    const page = pageRequest(args, 2);
    // The city is given by the parent: a cityId in the filter cannot widen it.
    const filter = { ...args.filter, cityId: null };
    const { rows, totalCount } = await ctx.loaders.cityCourses.load({ cityId: city.id, filter, page });
    return toConnection(rows, page.limit, totalCount, courseCursor);
  },
  venues: (city: CityRef, _: unknown, ctx: Context) => ctx.loaders.venuesByCity.load(city.id),
};
