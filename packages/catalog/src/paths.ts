// Learning paths: one per theme and level, the first lessons of each of its topics' GSEEK series.
import type { Random } from './random.ts';
import type { Series } from './series.ts';
import type { ContentLevel, LearningPathSeed } from './types.ts';
import { pathThemes, topics } from './vocabulary/index.ts';

const LEVELS: readonly ContentLevel[] = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'];
const MAX_PATH_LENGTH = 8;
const MIN_PATH_LENGTH = 4;

export function generateLearningPaths(
  ids: Random,
  seriesByTopic: ReadonlyMap<string, Series[]>,
): LearningPathSeed[] {
  const paths: LearningPathSeed[] = [];
  for (const theme of pathThemes) {
    for (const level of LEVELS) {
      const themeTopics = topics.filter((t) => t.theme === theme.theme && t.level === level);
      if (themeTopics.length === 0) throw new Error(`no ${level} topics for theme ${theme.theme}`);
      const perTopic = Math.max(2, Math.floor(MAX_PATH_LENGTH / themeTopics.length));
      const contentIds: string[] = [];
      for (const topic of themeTopics) {
        const all = seriesByTopic.get(topic.key) ?? [];
        // The GSEEK series is the canonical one: every topic has it and its lessons are in order.
        const series = all.find((s) => s.kind === 'VIDEO') ?? all[0];
        if (!series) continue;
        contentIds.push(...series.contents.slice(0, perTopic).map((c) => c.id));
      }
      if (contentIds.length < MIN_PATH_LENGTH) throw new Error(`path ${theme.theme}/${level} is too short`);
      const titles = theme.titles[level];
      paths.push({
        id: ids.uuid(),
        titleKo: titles.ko,
        titleEn: titles.en,
        level,
        contentIds: contentIds.slice(0, MAX_PATH_LENGTH),
      });
    }
  }
  return paths;
}
