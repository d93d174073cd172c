// The values of the API's enums that pages offer as choices, in the order they are offered.
import type {
  ContentKind,
  ContentLevel,
  CourseFormat,
  LearningCategory,
  Locale,
  TimeOfDay,
  Weekday,
} from '../generated/graphql';

export const CATEGORIES: readonly LearningCategory[] = [
  'ADULT_LITERACY',
  'ACADEMIC_SUPPLEMENT',
  'VOCATIONAL',
  'CULTURE_ARTS',
  'HUMANITIES',
  'CIVIC_PARTICIPATION',
];
export const KINDS: readonly ContentKind[] = ['VIDEO', 'MOOC', 'YOUTUBE', 'DOCUMENT'];
export const LEVELS: readonly ContentLevel[] = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'];
export const LANGUAGES: readonly Locale[] = ['KO', 'EN', 'ZH', 'VI'];
export const FORMATS: readonly CourseFormat[] = ['OFFLINE', 'ONLINE', 'LIVE', 'BLENDED'];
export const WEEKDAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
export const TIMES_OF_DAY: readonly TimeOfDay[] = ['MORNING', 'AFTERNOON', 'EVENING'];
