// The six areas of lifelong education in Korean law (Lifelong Education Act, art. 2), by id. A
// module of its own, without data files, so that database schemas can import it.
export const learningCategoryIds = [
  'ADULT_LITERACY',
  'ACADEMIC_SUPPLEMENT',
  'VOCATIONAL',
  'CULTURE_ARTS',
  'HUMANITIES',
  'CIVIC_PARTICIPATION',
] as const;

export type LearningCategory = (typeof learningCategoryIds)[number];

export const isLearningCategory = (value: unknown): value is LearningCategory =>
  learningCategoryIds.some((id) => id === value);
