import type { LearningCategory } from '@baeumteo/contracts';
import { academicSupplementTopics } from './academic-supplement.ts';
import { adultLiteracyTopics } from './adult-literacy.ts';
import { civicParticipationTopics } from './civic-participation.ts';
import { cultureArtsTopics } from './culture-arts.ts';
import { humanitiesTopics } from './humanities.ts';
import type { LessonTuple, LessonWords, TopicSource, TopicWords } from './types.ts';
import { vocationalTopics } from './vocational.ts';

export type { CourseSuffixWords, PathThemeWords } from './themes.ts';
export { courseSuffixes, pathThemes } from './themes.ts';
export type { LessonWords, ThemeId, TopicWords, VenueWords } from './types.ts';
export { cityVenues } from './venues.ts';

const sources: Readonly<Record<LearningCategory, readonly TopicSource[]>> = {
  ADULT_LITERACY: adultLiteracyTopics,
  ACADEMIC_SUPPLEMENT: academicSupplementTopics,
  VOCATIONAL: vocationalTopics,
  CULTURE_ARTS: cultureArtsTopics,
  HUMANITIES: humanitiesTopics,
  CIVIC_PARTICIPATION: civicParticipationTopics,
};

function toLesson(lesson: LessonTuple): LessonWords {
  if (lesson.length === 4) return { ko: lesson[0], en: lesson[1], zh: lesson[2], vi: lesson[3] };
  return { ko: lesson[0], en: lesson[1], zh: null, vi: null };
}

function toTopic(category: LearningCategory, source: TopicSource): TopicWords {
  return {
    key: source.key,
    category,
    level: source.level,
    theme: source.theme ?? null,
    titleKo: source.titleKo,
    titleEn: source.titleEn,
    titleZh: source.titleZh ?? null,
    titleVi: source.titleVi ?? null,
    descriptionKo: source.descriptionKo,
    descriptionEn: source.descriptionEn,
    lessons: source.lessons.map(toLesson),
  };
}

/** Every course topic, grouped by category in the order of `learningCategories`. */
export const topics: readonly TopicWords[] = Object.entries(sources).flatMap(([category, list]) =>
  list.map((source) => toTopic(category as LearningCategory, source)),
);

/** True for topics whose contents are offered in Korean, English, Chinese and Vietnamese. */
export function isMultilingualTopic(topic: TopicWords): boolean {
  return topic.titleZh !== null && topic.titleVi !== null && topic.lessons.every((l) => l.zh && l.vi);
}
