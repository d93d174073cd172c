// A venue as staff type it, and what the API takes for adding and for editing one.
import type { VenueKind } from '../../generated/graphql';

/** Offered in this order: most of a city's venues are neighbourhood centres and libraries. */
export const VENUE_KINDS: readonly VenueKind[] = [
  'NEIGHBORHOOD_CENTER',
  'LIBRARY',
  'PARTNER',
  'LEARNING_CENTER',
  'SCHOOL',
  'ONLINE',
];

/** What the API accepts (subgraphs/courses/src/rules/venueInput.ts). */
export const VENUE_RULES = { name: 200, address: 300, dong: 50 } as const;

export interface VenueDraft extends Record<string, string> {
  name: string;
  kind: string;
  address: string;
  dong: string;
}

export const EMPTY_VENUE: VenueDraft = { name: '', kind: 'NEIGHBORHOOD_CENTER', address: '', dong: '' };

export function draftFromVenue(venue: {
  name: string;
  kind: VenueKind;
  address: string;
  dong?: string | null;
}): VenueDraft {
  return { name: venue.name, kind: venue.kind, address: venue.address, dong: venue.dong ?? '' };
}

const isVenueKind = (value: string): value is VenueKind => (VENUE_KINDS as readonly string[]).includes(value);

/** The fields of createVenue's input (the API trims; no dong is null). */
export function toCreateVenueInput(draft: VenueDraft, cityId: string) {
  return {
    cityId,
    name: draft.name,
    kind: isVenueKind(draft.kind) ? draft.kind : 'NEIGHBORHOOD_CENTER',
    address: draft.address,
    dong: draft.dong.trim() || null,
  };
}

/** The fields of updateVenue's input: all of them, an empty dong removing the venue's dong. */
export function toUpdateVenueInput(draft: VenueDraft) {
  const { cityId: _, ...fields } = toCreateVenueInput(draft, '');
  return { ...fields, dong: draft.dong.trim() };
}
