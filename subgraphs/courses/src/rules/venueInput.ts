// What a venue's fields must be, for creating and for editing one.
import { badInput } from '@baeumteo/server';

export interface VenueFields {
  name: string;
  address: string;
  dong: string | null;
}

/** Trimmed fields, or BAD_USER_INPUT at the field that is wrong. An empty dong is no dong. */
export function checkVenueFields(input: {
  name: string;
  address: string;
  dong?: string | null;
}): VenueFields {
  const name = input.name.trim();
  const address = input.address.trim();
  const dong = input.dong?.trim() || null;
  if (name.length === 0 || name.length > 200)
    throw badInput('The name has 1 to 200 characters.', 'input.name');
  if (address.length === 0 || address.length > 300)
    throw badInput('The address has 1 to 300 characters.', 'input.address');
  if (dong !== null && dong.length > 50) throw badInput('The dong has at most 50 characters.', 'input.dong');
  return { name, address, dong };
}
