// Substring search over Korean and English text with ILIKE; the user's text is escaped so that
// "%" and "_" match themselves.
import { badInput } from './errors.ts';

export const maxSearchLength = 100;

/** Returns the ILIKE pattern for a search string, or null when there is nothing to search. */
export function containsPattern(search: string | null | undefined, field = 'filter.search'): string | null {
  if (search === null || search === undefined) return null;
  const text = search.normalize('NFC').trim();
  if (text.length > maxSearchLength) {
    throw badInput(`Search text is too long: at most ${maxSearchLength} characters.`, field);
  }
  if (text === '') return null;
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
