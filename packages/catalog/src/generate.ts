// The top-level generator. Every part draws from its own PRNG stream (ids are one shared stream,
// taken in the order below), so the same seed always gives the same catalog.
import { generateContents } from './contents.ts';
import { generateCourses } from './courses.ts';
import { generateLearningPaths } from './paths.ts';
import { createRandom, deriveSeed } from './random.ts';
import type { Catalog } from './types.ts';
import { generateVenues } from './venues.ts';

export interface GenerateCatalogOptions {
  /** PRNG seed; the same seed and `now` always give the same catalog. Default 20260301. */
  seed?: number;
  /** The moment course statuses and dates are relative to. Default: the current time. */
  now?: Date;
}

export const DEFAULT_SEED = 20260301;

/**
 * Builds the demo catalog the platform seeds its databases from. Deterministic: the same `seed` and
 * `now` always give deep-equal results. Ids, contents and paths depend only on the seed; course dates
 * (and the dates only) move with `now`.
 */
export function generateCatalog(options: GenerateCatalogOptions = {}): Catalog {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? new Date();
  if (Number.isNaN(now.getTime())) throw new RangeError('generateCatalog: `now` is an invalid Date');

  const ids = createRandom(deriveSeed(seed, 'ids'));
  const venues = generateVenues(ids);
  const { contents, seriesByTopic } = generateContents(createRandom(deriveSeed(seed, 'contents')), ids);
  const courses = generateCourses(createRandom(deriveSeed(seed, 'courses')), ids, now, venues, seriesByTopic);
  const learningPaths = generateLearningPaths(ids, seriesByTopic);
  return { venues, courses, contents, learningPaths };
}
