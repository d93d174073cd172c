import type { Context } from '../context.ts';

export const Query = {
  cities: (_: unknown, __: unknown, ctx: Context) => ctx.repo.cities.all(),
  city: (_: unknown, args: { id: string }, ctx: Context) => ctx.loaders.cityById.load(args.id),
};
