// A content series: the unit contents are generated in, and what courses and paths link to.
import type { CityFact, Locale } from '@baeumteo/contracts';
import type { ContentKind, ContentSeed } from './types.ts';
import type { TopicWords } from './vocabulary/index.ts';

/** A run of one topic's lessons from one provider; each lesson is one content item. */
export interface Series {
  topic: TopicWords;
  kind: ContentKind;
  cityId: string | null;
  contents: ContentSeed[];
}

export interface SeriesSpec {
  kind: ContentKind;
  provider: string;
  city: CityFact | null;
  languages: Locale[];
  minutes: readonly [min: number, max: number];
  url: (lessonNumber: number) => string;
}
