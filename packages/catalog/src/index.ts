// The deterministic demo catalog that `pnpm start` and `pnpm seed` write: venues, courses, contents,
// paths and the tenants' site skins. Reference data (cities, categories) is @baeumteo/contracts'.

export type { GenerateCatalogOptions } from './generate.ts';
export { DEFAULT_SEED, generateCatalog } from './generate.ts';
export type { Random } from './random.ts';
export { createRandom, deriveSeed } from './random.ts';
export type { CitySiteFact } from './sites.ts';
export { citySites } from './sites.ts';
export type {
  Catalog,
  ContentKind,
  ContentLevel,
  ContentSeed,
  CourseFormat,
  CourseSeed,
  CourseStatus,
  Eligibility,
  LearningPathSeed,
  SelectionMethod,
  SessionSeed,
  VenueKind,
  VenueSeed,
} from './types.ts';
export type { LessonWords, ThemeId, TopicWords, VenueWords } from './vocabulary/index.ts';
export { cityVenues, topics } from './vocabulary/index.ts';
