// A city's venues: staff add them (once per idempotency key) and keep them up to date.
import { creationKey, notFound, sameCreation, unauthenticated } from '@baeumteo/server';
import type { Context } from '../context.ts';
import type { VenueRow } from '../db/schema.ts';
import type { VenueKind } from '../generated/graphql.ts';
import { managesCity } from '../rules/access.ts';
import { venueChange } from '../rules/reschedule.ts';
import { checkVenueFields } from '../rules/venueInput.ts';
import { requireStaffOf } from './courses.ts';

export async function createVenue(
  ctx: Context,
  input: { cityId: string; name: string; kind: VenueKind; address: string; dong?: string | null },
  idempotencyKey?: string | null,
): Promise<VenueRow> {
  requireStaffOf(ctx, input.cityId, 'input.cityId');
  const key = creationKey(ctx.caller, idempotencyKey);
  const fields = checkVenueFields(input);
  const result = await ctx.repo.venues.create({ cityId: input.cityId, kind: input.kind, ...fields }, key);
  return sameCreation(result, (row) => row.cityId === input.cityId, 'venue');
}

/** Edits a venue of the caller's city; fields left out stay. Another city's venue answers NOT_FOUND. */
export async function updateVenue(
  ctx: Context,
  id: string,
  input: { name?: string | null; kind?: VenueKind | null; address?: string | null; dong?: string | null },
): Promise<VenueRow> {
  if (!ctx.caller) throw unauthenticated();
  const venue = await ctx.loaders.venueById.load(id);
  if (!venue || !managesCity(ctx.caller, venue.cityId)) throw notFound('No venue has this id.');
  const fields = checkVenueFields({
    name: input.name ?? venue.name,
    address: input.address ?? venue.address,
    dong: input.dong === undefined ? venue.dong : input.dong,
  });
  const updated = await ctx.repo.venues.update(
    venue,
    { ...fields, kind: input.kind ?? venue.kind },
    venueChange(venue, { id: venue.id, ...fields }),
  );
  ctx.loaders.venueById.clear(id);
  return updated;
}
