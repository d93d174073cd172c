// What a city features on its site.

import { findCity } from '@baeumteo/contracts';
import {
  badInput,
  forbidden,
  isProvinceAdmin,
  isStaffOf,
  loadPresent,
  unauthenticated,
} from '@baeumteo/server';
import type { Context } from '../context.ts';

export const MAX_FEATURED = 24;

export async function featureContents(ctx: Context, cityId: string, contentIds: string[]) {
  if (!ctx.caller) throw unauthenticated();
  if (!findCity(cityId)) throw badInput('No city with this id.', 'cityId');
  if (!isProvinceAdmin(ctx.caller) && !isStaffOf(ctx.caller, cityId)) {
    throw forbidden('Only staff of the city choose what its site features.');
  }
  const unique = [...new Set(contentIds)];
  if (unique.length !== contentIds.length) throw badInput('A content is listed twice.', 'contentIds');
  if (unique.length > MAX_FEATURED) throw badInput(`Feature at most ${MAX_FEATURED} contents.`, 'contentIds');
  const found = await loadPresent(ctx.loaders.contentById, unique);
  if (found.length !== unique.length) throw badInput('A content does not exist.', 'contentIds');
  if (found.some((c) => c.retiredAt !== null)) throw badInput('A content is retired.', 'contentIds');
  await ctx.repo.featured.set(cityId, unique);
  return found;
}
