import { type CityFact, cities, type LearningCategory, type Locale } from '@baeumteo/contracts';
import type { Random } from './random.ts';
import { createRandom, deriveSeed } from './random.ts';
import { citySites } from './sites.ts';
import type { CourseSuffixWords, LessonWords, TopicWords } from './vocabulary/index.ts';
import { cityVenues, courseSuffixes, isMultilingualTopic, pathThemes, topics } from './vocabulary/index.ts';

export type CourseFormat = 'OFFLINE' | 'ONLINE' | 'LIVE' | 'BLENDED';
export type SelectionMethod = 'FIRST_COME' | 'LOTTERY' | 'APPROVAL';
export type Eligibility = 'CITY_RESIDENTS' | 'PROVINCE_RESIDENTS' | 'ANYONE';
export type CourseStatus = 'DRAFT' | 'OPEN' | 'CLOSED' | 'IN_PROGRESS' | 'FINISHED' | 'CANCELLED';
export type VenueKind =
  | 'LEARNING_CENTER'
  | 'NEIGHBORHOOD_CENTER'
  | 'LIBRARY'
  | 'SCHOOL'
  | 'PARTNER'
  | 'ONLINE';
export type ContentKind = 'VIDEO' | 'MOOC' | 'YOUTUBE' | 'DOCUMENT';
export type ContentLevel = 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';
export interface VenueSeed {
  id: string;
  cityId: string;
  name: string;
  kind: VenueKind;
  address: string;
  dong: string | null;
}
export interface SessionSeed {
  id: string;
  startsAt: Date;
  endsAt: Date;
}
export interface CourseSeed {
  id: string;
  cityId: string;
  titleKo: string;
  titleEn: string;
  descriptionKo: string;
  descriptionEn: string;
  category: LearningCategory;
  format: CourseFormat;
  venueId: string | null;
  capacity: number;
  selection: SelectionMethod;
  eligibility: Eligibility;
  applicationOpensAt: Date;
  applicationClosesAt: Date;
  status: CourseStatus;
  minAttendanceRate: number;
  sessions: SessionSeed[];
  contentIds: string[];
}
export interface ContentSeed {
  id: string;
  titleKo: string;
  titleEn: string;
  titleZh: string | null;
  titleVi: string | null;
  descriptionKo: string;
  descriptionEn: string;
  /** For contents meant for foreign residents (Korean language and life in Korea). */
  descriptionZh: string | null;
  descriptionVi: string | null;
  kind: ContentKind;
  provider: string;
  cityId: string | null;
  durationMinutes: number;
  level: ContentLevel;
  category: LearningCategory;
  languages: Locale[];
  url: string;
}
export interface LearningPathSeed {
  id: string;
  titleKo: string;
  titleEn: string;
  level: ContentLevel;
  contentIds: string[];
}
export interface Catalog {
  venues: VenueSeed[];
  courses: CourseSeed[];
  contents: ContentSeed[];
  learningPaths: LearningPathSeed[];
}

export interface GenerateCatalogOptions {
  /** PRNG seed; the same seed and `now` always give the same catalog. Default 20260301. */
  seed?: number;
  /** The moment course statuses and dates are relative to. Default: the current time. */
  now?: Date;
}

export const DEFAULT_SEED = 20260301;

/** Contents are topped up with extra YouTube series until there are at least this many. */
const MIN_CONTENTS = 1780;
/** Every city gets at least this many courses; the rest are spread by population. */
const MIN_COURSES_PER_CITY = 8;
/** Courses spread over the cities in proportion to population, on top of the minimum. */
const COURSES_BY_POPULATION = 402;
/** The first courses of every city are OPEN, so each city site has something to apply for. */
const GUARANTEED_OPEN_PER_CITY = 3;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Korea Standard Time is UTC+9 all year (no daylight saving time). */
const KST_OFFSET = 9 * HOUR;

const LEVELS: readonly ContentLevel[] = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'];
const MULTILINGUAL_LOCALES: readonly Locale[] = ['KO', 'EN', 'ZH', 'VI'];
const YOUTUBE_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

type Weights<T extends string> = Readonly<Record<T, number>>;

const CATEGORY_WEIGHTS: Weights<LearningCategory> = {
  ADULT_LITERACY: 14,
  ACADEMIC_SUPPLEMENT: 9,
  VOCATIONAL: 21,
  CULTURE_ARTS: 24,
  HUMANITIES: 18,
  CIVIC_PARTICIPATION: 14,
};
const FORMAT_WEIGHTS: Weights<CourseFormat> = { OFFLINE: 55, BLENDED: 15, ONLINE: 15, LIVE: 15 };
const STATUS_WEIGHTS: Weights<CourseStatus> = {
  OPEN: 31,
  CLOSED: 13,
  IN_PROGRESS: 19,
  FINISHED: 19,
  DRAFT: 11,
  CANCELLED: 7,
};
const SELECTION_WEIGHTS: Weights<SelectionMethod> = { FIRST_COME: 60, LOTTERY: 25, APPROVAL: 15 };
const ONSITE_ELIGIBILITY_WEIGHTS: Weights<Eligibility> = {
  CITY_RESIDENTS: 70,
  PROVINCE_RESIDENTS: 22,
  ANYONE: 8,
};
const REMOTE_ELIGIBILITY_WEIGHTS: Weights<Eligibility> = {
  CITY_RESIDENTS: 35,
  PROVINCE_RESIDENTS: 40,
  ANYONE: 25,
};
const VENUE_KIND_WEIGHTS: Partial<Weights<VenueKind>> = {
  LEARNING_CENTER: 4,
  NEIGHBORHOOD_CENTER: 2,
  LIBRARY: 2,
};
/** Chance that a topic also has a K-MOOC series. */
const KMOOC_CHANCE: Weights<LearningCategory> = {
  ADULT_LITERACY: 0.25,
  ACADEMIC_SUPPLEMENT: 0.6,
  VOCATIONAL: 0.6,
  CULTURE_ARTS: 0.25,
  HUMANITIES: 0.65,
  CIVIC_PARTICIPATION: 0.35,
};

function weightedKey<T extends string>(rng: Random, weights: Partial<Weights<T>>): T {
  const keys = Object.keys(weights) as T[];
  return rng.weighted(keys, (key) => weights[key] ?? 0);
}

// ---------------------------------------------------------------------------------------------
// Venues

function generateVenues(ids: Random): VenueSeed[] {
  return cities.flatMap((city) => {
    const words = cityVenues[city.id];
    if (!words || words.length === 0) throw new Error(`no venues for city '${city.id}'`);
    return words.map((venue) => ({
      id: ids.uuid(),
      cityId: city.id,
      name: venue.name,
      kind: venue.kind,
      address: venue.address,
      dong: venue.dong,
    }));
  });
}

// ---------------------------------------------------------------------------------------------
// Contents

/** A run of one topic's lessons from one provider; each lesson is one content item. */
interface Series {
  topic: TopicWords;
  kind: ContentKind;
  cityId: string | null;
  contents: ContentSeed[];
}

interface SeriesSpec {
  kind: ContentKind;
  provider: string;
  city: CityFact | null;
  languages: Locale[];
  minutes: readonly [min: number, max: number];
  url: (lessonNumber: number) => string;
}

function contentTitles(topic: TopicWords, lesson: LessonWords, n: number, kind: ContentKind) {
  const multilingual = isMultilingualTopic(topic);
  if (kind === 'DOCUMENT') {
    return {
      titleKo: `${topic.titleKo} ${n}강 워크북: ${lesson.ko}`,
      titleEn: `${topic.titleEn}, Lesson ${n} workbook: ${lesson.en}`,
      titleZh: multilingual ? `${topic.titleZh} 第${n}课练习册：${lesson.zh}` : null,
      titleVi: multilingual ? `${topic.titleVi}, Sách bài tập bài ${n}: ${lesson.vi}` : null,
    };
  }
  return {
    titleKo: `${topic.titleKo} ${n}강: ${lesson.ko}`,
    titleEn: `${topic.titleEn}, Lesson ${n}: ${lesson.en}`,
    titleZh: multilingual ? `${topic.titleZh} 第${n}课：${lesson.zh}` : null,
    titleVi: multilingual ? `${topic.titleVi}, Bài ${n}: ${lesson.vi}` : null,
  };
}

function contentDescriptions(topic: TopicWords, lesson: LessonWords, n: number, spec: SeriesSpec) {
  return { ...koreanAndEnglish(topic, lesson, n, spec), ...chineseAndVietnamese(topic, lesson, n, spec) };
}

/** Chinese and Vietnamese descriptions, for the contents meant for foreign residents only. */
function chineseAndVietnamese(topic: TopicWords, lesson: LessonWords, n: number, spec: SeriesSpec) {
  if (!isMultilingualTopic(topic)) return { descriptionZh: null, descriptionVi: null };
  const total = topic.lessons.length;
  if (spec.kind === 'DOCUMENT') {
    return {
      descriptionZh: `${topic.titleZh} 第${n}课「${lesson.zh}」的复习练习册（PDF）。`,
      descriptionVi: `Sách bài tập (PDF) ôn lại ${topic.titleVi}, bài ${n}: ${lesson.vi}.`,
    };
  }
  return {
    descriptionZh: `${topic.titleZh}，共${total}课，第${n}课「${lesson.zh}」。`,
    descriptionVi: `${topic.titleVi}, bài ${n} trên ${total}: ${lesson.vi}.`,
  };
}

function koreanAndEnglish(topic: TopicWords, lesson: LessonWords, n: number, spec: SeriesSpec) {
  const total = topic.lessons.length;
  switch (spec.kind) {
    case 'DOCUMENT':
      return {
        descriptionKo: `${topic.titleKo} ${n}강 「${lesson.ko}」의 내용을 복습하고 직접 풀어 보는 워크북(PDF)입니다.`,
        descriptionEn: `A PDF workbook for reviewing and practising ${topic.titleEn}, lesson ${n}: ${lesson.en}.`,
      };
    case 'YOUTUBE': {
      const city = spec.city;
      return {
        descriptionKo: `${city?.nameKo ?? ''} 평생학습관이 제작한 ${topic.titleKo} 영상 강의 ${n}강 「${lesson.ko}」입니다. ${topic.descriptionKo}`,
        descriptionEn: `${topic.titleEn}, lesson ${n} of ${total} (${lesson.en}), a video by the ${city?.nameEn ?? ''} lifelong learning centre. ${topic.descriptionEn}`,
      };
    }
    default:
      return {
        descriptionKo: `${topic.titleKo} 전체 ${total}강 중 ${n}강 「${lesson.ko}」 강의입니다. ${topic.descriptionKo}`,
        descriptionEn: `${topic.titleEn}, lesson ${n} of ${total}: ${lesson.en}. ${topic.descriptionEn}`,
      };
  }
}

function generateContents(rng: Random, ids: Random) {
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

// ---------------------------------------------------------------------------------------------
// Courses

/** Day arithmetic in Korea time: day 0 is "today" in KST, day -1 yesterday, and so on. */
interface KstCalendar {
  at(day: number, hour: number, minute?: number): Date;
  /** The first day >= `day` that falls on `weekday` (0 = Sunday … 6 = Saturday). */
  onOrAfter(day: number, weekday: number): number;
}

function kstCalendar(now: Date): KstCalendar {
  const todayStart = Math.floor((now.getTime() + KST_OFFSET) / DAY) * DAY - KST_OFFSET;
  const todayWeekday = new Date(todayStart + KST_OFFSET).getUTCDay();
  return {
    at: (day, hour, minute = 0) => new Date(todayStart + day * DAY + hour * HOUR + minute * MINUTE),
    onOrAfter: (day, weekday) => day + ((((weekday - todayWeekday - day) % 7) + 7) % 7),
  };
}

interface Schedule {
  opensDay: number;
  closesDay: number;
  firstDay: number;
}

/**
 * Picks application-window and first-session days (relative to today, KST) consistent with the status.
 * `sessionCount` >= 4. Sessions are weekly, so the last one is on firstDay + 7 * (sessionCount - 1).
 */
function scheduleFor(
  rng: Random,
  cal: KstCalendar,
  status: CourseStatus,
  sessionCount: number,
  weekday: number,
): Schedule {
  const windowBefore = (firstDay: number): Schedule => {
    const closesDay = firstDay - rng.int(3, 10);
    return { opensDay: closesDay - rng.int(7, 21), closesDay, firstDay };
  };
  switch (status) {
    case 'OPEN': {
      // Opened 1–14 days ago, closes in 3–21 days, starts 2–10 days after closing.
      const opensDay = -rng.int(1, 14);
      const closesDay = rng.int(3, 21);
      return { opensDay, closesDay, firstDay: cal.onOrAfter(closesDay + rng.int(2, 10), weekday) };
    }
    case 'DRAFT': {
      const opensDay = rng.int(7, 30);
      const closesDay = opensDay + rng.int(7, 21);
      return { opensDay, closesDay, firstDay: cal.onOrAfter(closesDay + rng.int(3, 14), weekday) };
    }
    case 'CLOSED': {
      // Applications closed 1–10 days ago; the first session is tomorrow or later.
      const closesDay = -rng.int(1, 10);
      return {
        opensDay: closesDay - rng.int(7, 21),
        closesDay,
        firstDay: cal.onOrAfter(rng.int(1, 14), weekday),
      };
    }
    case 'IN_PROGRESS': {
      // 1 to sessionCount-2 weeks have gone by: the first session was yesterday or earlier, the last is a week away or more.
      const weeksElapsed = rng.int(1, sessionCount - 2);
      return windowBefore(cal.onOrAfter(-7 * weeksElapsed, weekday));
    }
    case 'FINISHED': {
      // The last session ended 7–120 days ago (at least yesterday, even after aligning to the weekday).
      const lastBase = -rng.int(7, 120);
      return windowBefore(cal.onOrAfter(lastBase - 7 * (sessionCount - 1), weekday));
    }
    case 'CANCELLED': {
      const shape = rng.pick<CourseStatus>(['OPEN', 'CLOSED', 'DRAFT']);
      return scheduleFor(rng, cal, shape, sessionCount, weekday);
    }
  }
}

function courseCounts(): Map<string, number> {
  const totalPopulation = cities.reduce((sum, city) => sum + city.population, 0);
  return new Map(
    cities.map((city) => [
      city.id,
      MIN_COURSES_PER_CITY + Math.round((COURSES_BY_POPULATION * city.population) / totalPopulation),
    ]),
  );
}

function suffixFits(suffix: CourseSuffixWords, topic: TopicWords): boolean {
  if (suffix.ko === '(어르신반)') {
    return topic.level === 'BEGINNER' && !topic.titleKo.includes('어르신') && !isMultilingualTopic(topic);
  }
  if (suffix.ko === '(심화반)') return topic.level !== 'ADVANCED' && !topic.titleKo.includes('심화');
  return true;
}

function generateCourses(
  rng: Random,
  ids: Random,
  now: Date,
  venues: readonly VenueSeed[],
  seriesByTopic: ReadonlyMap<string, Series[]>,
): CourseSeed[] {
  const cal = kstCalendar(now);
  const counts = courseCounts();
  const categories = Object.keys(CATEGORY_WEIGHTS) as LearningCategory[];
  const courses: CourseSeed[] = [];

  for (const city of cities) {
    const cityVenueSeeds = venues.filter((venue) => venue.cityId === city.id);
    const multilingualCity = citySites[city.id]?.locales.includes('ZH') ?? false;
    const count = counts.get(city.id) ?? MIN_COURSES_PER_CITY;

    for (let i = 0; i < count; i += 1) {
      const status: CourseStatus = i < GUARANTEED_OPEN_PER_CITY ? 'OPEN' : weightedKey(rng, STATUS_WEIGHTS);
      const category = rng.weighted(categories, (c) => CATEGORY_WEIGHTS[c]);
      const topic = rng.weighted(
        topics.filter((t) => t.category === category),
        (t) => (isMultilingualTopic(t) ? (multilingualCity ? 4 : 1) : 1),
      );
      const format = weightedKey(rng, FORMAT_WEIGHTS);
      const onsite = format === 'OFFLINE' || format === 'BLENDED';
      const venue = onsite ? rng.weighted(cityVenueSeeds, (v) => VENUE_KIND_WEIGHTS[v.kind] ?? 1) : null;

      const suffixes = courseSuffixes.filter((s) => suffixFits(s, topic));
      const suffix = rng.chance(0.35) && suffixes.length > 0 ? rng.pick(suffixes) : null;

      const sessionCount = rng.int(4, 12);
      const minutes = rng.weighted([120, 90, 180], (m) => (m === 120 ? 70 : 15));
      const hour = suffix?.hour ?? rng.weighted([10, 14, 19], (h) => (h === 10 ? 45 : h === 14 ? 30 : 25));
      const weekday = suffix?.weekday ?? rng.int(1, 5);
      const schedule = scheduleFor(rng, cal, status, sessionCount, weekday);

      const courseId = ids.uuid();
      const sessions: SessionSeed[] = [];
      for (let s = 0; s < sessionCount; s += 1) {
        const startsAt = cal.at(schedule.firstDay + 7 * s, hour);
        sessions.push({ id: ids.uuid(), startsAt, endsAt: new Date(startsAt.getTime() + minutes * MINUTE) });
      }

      const capacity =
        format === 'ONLINE'
          ? rng.int(5, 30) * 10
          : format === 'LIVE'
            ? rng.int(3, 30) * 10
            : rng.pick([10, 12, 15, 15, 20, 20, 20, 24, 25, 25, 30, 30, 35, 40]);

      courses.push({
        id: courseId,
        cityId: city.id,
        titleKo: suffix ? `${topic.titleKo} ${suffix.ko}` : topic.titleKo,
        titleEn: suffix ? `${topic.titleEn} ${suffix.en}` : topic.titleEn,
        descriptionKo: topic.descriptionKo,
        descriptionEn: topic.descriptionEn,
        category,
        format,
        venueId: venue?.id ?? null,
        capacity,
        selection: weightedKey(rng, SELECTION_WEIGHTS),
        eligibility: weightedKey(rng, onsite ? ONSITE_ELIGIBILITY_WEIGHTS : REMOTE_ELIGIBILITY_WEIGHTS),
        applicationOpensAt: cal.at(schedule.opensDay, 9),
        applicationClosesAt: cal.at(schedule.closesDay, 18),
        status,
        minAttendanceRate: rng.chance(0.2) ? 0.7 : 0.8,
        sessions,
        contentIds: courseContentIds(rng, topic, city, format, seriesByTopic),
      });
    }
  }
  return courses;
}

/** ONLINE and BLENDED courses follow 3–8 lessons of one series of their topic; others link 0–2. */
function courseContentIds(
  rng: Random,
  topic: TopicWords,
  city: CityFact,
  format: CourseFormat,
  seriesByTopic: ReadonlyMap<string, Series[]>,
): string[] {
  const all = seriesByTopic.get(topic.key) ?? [];
  if (all.length === 0) return [];
  if (format === 'ONLINE' || format === 'BLENDED') {
    const videos = all.filter((s) => s.kind !== 'DOCUMENT');
    const own = videos.find((s) => s.cityId === city.id);
    const series = own && rng.chance(0.7) ? own : rng.pick(videos.length > 0 ? videos : all);
    return series.contents.slice(0, rng.int(3, 8)).map((c) => c.id);
  }
  const take = rng.int(0, 2);
  const series = rng.pick(all);
  return series.contents.slice(0, take).map((c) => c.id);
}

// ---------------------------------------------------------------------------------------------
// Learning paths

const MAX_PATH_LENGTH = 8;
const MIN_PATH_LENGTH = 4;

function generateLearningPaths(
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

// ---------------------------------------------------------------------------------------------

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
