// Contents: a GSEEK series for every topic, K-MOOC, city YouTube and workbook series by chance,
// topped up with city YouTube series until the library is large enough.
import { type CityFact, cities, type LearningCategory, type Locale } from '@baeumteo/contracts';
import { contentDescriptions, contentTitles } from './contentText.ts';
import type { Random } from './random.ts';
import type { Series, SeriesSpec } from './series.ts';
import { citySites } from './sites.ts';
import type { ContentSeed } from './types.ts';
import type { TopicWords } from './vocabulary/index.ts';
import { cityVenues, isMultilingualTopic, topics } from './vocabulary/index.ts';

/** Contents are topped up with extra YouTube series until there are at least this many. */
const MIN_CONTENTS = 1780;
const MULTILINGUAL_LOCALES: readonly Locale[] = ['KO', 'EN', 'ZH', 'VI'];
const YOUTUBE_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Chance that a topic also has a K-MOOC series. */
const KMOOC_CHANCE: Readonly<Record<LearningCategory, number>> = {
  ADULT_LITERACY: 0.25,
  ACADEMIC_SUPPLEMENT: 0.6,
  VOCATIONAL: 0.6,
  CULTURE_ARTS: 0.25,
  HUMANITIES: 0.65,
  CIVIC_PARTICIPATION: 0.35,
};

export function generateContents(rng: Random, ids: Random) {
  const contents: ContentSeed[] = [];
  const seriesByTopic = new Map<string, Series[]>();
  const usedCodes = new Set<string>();
  const youtubeSeries = new Set<string>();
  const multilingualCities = cities.filter((city) => citySites[city.id]?.locales.includes('ZH'));

  const uniqueCode = (prefix: string, digits: number): string => {
    for (;;) {
      const code = `${prefix}${rng.int(10 ** (digits - 1), 10 ** digits - 1)}`;
      if (!usedCodes.has(code)) {
        usedCodes.add(code);
        return code;
      }
    }
  };

  const addSeries = (topic: TopicWords, spec: SeriesSpec): void => {
    const series: Series = { topic, kind: spec.kind, cityId: spec.city?.id ?? null, contents: [] };
    topic.lessons.forEach((lesson, index) => {
      const n = index + 1;
      const content: ContentSeed = {
        id: ids.uuid(),
        ...contentTitles(topic, lesson, n, spec.kind),
        ...contentDescriptions(topic, lesson, n, spec),
        kind: spec.kind,
        provider: spec.provider,
        cityId: spec.city?.id ?? null,
        durationMinutes: rng.int(spec.minutes[0], spec.minutes[1]),
        level: topic.level,
        category: topic.category,
        languages: [...spec.languages],
        url: spec.url(n),
      };
      series.contents.push(content);
      contents.push(content);
    });
    const list = seriesByTopic.get(topic.key) ?? [];
    list.push(series);
    seriesByTopic.set(topic.key, list);
  };

  const languagesFor = (topic: TopicWords, englishChance: number): Locale[] => {
    if (isMultilingualTopic(topic)) return [...MULTILINGUAL_LOCALES];
    return rng.chance(englishChance) ? ['KO', 'EN'] : ['KO'];
  };

  const addYoutube = (topic: TopicWords, city: CityFact): void => {
    youtubeSeries.add(`${topic.key}:${city.id}`);
    const videoIds = new Set<string>();
    const languages = languagesFor(topic, 0.15);
    const videoIdFor = (): string => {
      for (;;) {
        const id = rng.string(11, YOUTUBE_ID_ALPHABET);
        if (!usedCodes.has(id) && !videoIds.has(id)) {
          usedCodes.add(id);
          videoIds.add(id);
          return id;
        }
      }
    };
    const urls = topic.lessons.map(() => `https://www.youtube.com/watch?v=${videoIdFor()}`);
    addSeries(topic, {
      kind: 'YOUTUBE',
      provider: `${city.nameKo} 평생학습관 YouTube`,
      city,
      languages,
      minutes: [10, 40],
      url: (n) => urls[n - 1] ?? urls[0] ?? 'https://www.youtube.com/',
    });
  };

  const youtubeCityFor = (topic: TopicWords): CityFact => {
    const pool = isMultilingualTopic(topic) && rng.chance(0.75) ? multilingualCities : cities;
    return rng.weighted(pool, (city) => Math.sqrt(city.population));
  };

  for (const topic of topics) {
    const gseekCode = uniqueCode('', 6);
    addSeries(topic, {
      kind: 'VIDEO',
      provider: 'GSEEK',
      city: null,
      languages: languagesFor(topic, 0.3),
      minutes: [15, 45],
      url: (n) => `https://www.gseek.kr/lecture/view/${gseekCode}?lesson=${n}`,
    });

    if (rng.chance(KMOOC_CHANCE[topic.category])) {
      const kmoocCode = uniqueCode('K', 5);
      addSeries(topic, {
        kind: 'MOOC',
        provider: 'K-MOOC',
        city: null,
        languages: languagesFor(topic, 0.5),
        minutes: [20, 60],
        url: (n) => `https://www.kmooc.kr/view/course/detail/${kmoocCode}?week=${n}`,
      });
    }

    const youtubeCount = rng.chance(0.12) ? 2 : 1;
    for (let i = 0; i < youtubeCount; i += 1) {
      const city = youtubeCityFor(topic);
      if (!youtubeSeries.has(`${topic.key}:${city.id}`)) addYoutube(topic, city);
    }

    if (rng.chance(0.4)) {
      const workbookCode = uniqueCode('WB', 5);
      const city = rng.chance(0.35) ? rng.pick(cities) : null;
      const provider = city ? (cityVenues[city.id]?.[0]?.name ?? `${city.nameKo} 평생학습관`) : 'GSEEK';
      addSeries(topic, {
        kind: 'DOCUMENT',
        provider,
        city,
        languages: languagesFor(topic, 0.2),
        minutes: [10, 30],
        url: (n) =>
          `https://www.gseek.kr/resources/workbook/${city ? `${city.code}/` : ''}${workbookCode}-${String(n).padStart(2, '0')}.pdf`,
      });
    }
  }

  // Top up with more city YouTube series until the catalog is large enough.
  while (contents.length < MIN_CONTENTS) {
    const topic = rng.pick(topics);
    const city = youtubeCityFor(topic);
    if (!youtubeSeries.has(`${topic.key}:${city.id}`)) addYoutube(topic, city);
  }

  return { contents, seriesByTopic };
}
