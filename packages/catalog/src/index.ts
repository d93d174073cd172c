export { type LearningCategory, learningCategoryIds } from './categories.ts';
export type { CityFact, CityKind, CitySiteFact, LearningCategoryFact } from './cities.ts';
export { cities, citySites, findCity, learningCategories, province, tenants } from './cities.ts';
export type {
  Catalog,
  ContentKind,
  ContentLevel,
  ContentSeed,
  CourseFormat,
  CourseSeed,
  CourseStatus,
  Eligibility,
  GenerateCatalogOptions,
  LearningPathSeed,
  Locale,
  SelectionMethod,
  SessionSeed,
  VenueKind,
  VenueSeed,
} from './generate.ts';
export { DEFAULT_SEED, generateCatalog } from './generate.ts';
export type { Random } from './random.ts';
export { createRandom, deriveSeed } from './random.ts';
export type { LessonWords, ThemeId, TopicWords, VenueWords } from './vocabulary/index.ts';
export { cityVenues, topics } from './vocabulary/index.ts';
