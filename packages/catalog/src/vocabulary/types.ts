import type { LearningCategory } from '@baeumteo/contracts';
import type { ContentLevel, VenueKind } from '../types.ts';

/** Learning-path themes; a topic may belong to one of them. */
export type ThemeId = 'AI' | 'SPEECH' | 'BOOK_WRITING' | 'DIGITAL_LITERACY' | 'KOREAN_FOR_FOREIGN_RESIDENTS';

/**
 * A lesson title as written in the vocabulary files: `[ko, en]`, or `[ko, en, zh, vi]` for the
 * multilingual topics (Korean for foreign residents).
 */
export type LessonTuple =
  | readonly [ko: string, en: string]
  | readonly [ko: string, en: string, zh: string, vi: string];

/** A course topic as written in the vocabulary files. */
export interface TopicSource {
  /** Stable slug, unique across all topics. */
  key: string;
  level: ContentLevel;
  theme?: ThemeId;
  titleKo: string;
  titleEn: string;
  titleZh?: string;
  titleVi?: string;
  descriptionKo: string;
  descriptionEn: string;
  lessons: readonly LessonTuple[];
}

export interface LessonWords {
  ko: string;
  en: string;
  zh: string | null;
  vi: string | null;
}

/** A course topic, normalised: the unit from which content series and courses are generated. */
export interface TopicWords {
  key: string;
  category: LearningCategory;
  level: ContentLevel;
  theme: ThemeId | null;
  titleKo: string;
  titleEn: string;
  titleZh: string | null;
  titleVi: string | null;
  descriptionKo: string;
  descriptionEn: string;
  lessons: LessonWords[];
}

export interface VenueWords {
  name: string;
  kind: VenueKind;
  address: string;
  dong: string | null;
}
