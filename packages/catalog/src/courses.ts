// Courses: spread over the cities by population, each with its topic, format, venue, selection,
// eligibility, weekly sessions and linked contents.
import { type CityFact, cities, type LearningCategory } from '@baeumteo/contracts';
import { kstCalendar, MINUTE } from './calendar.ts';
import type { Random } from './random.ts';
import { scheduleFor } from './schedules.ts';
import type { Series } from './series.ts';
import { citySites } from './sites.ts';
import type {
  CourseFormat,
  CourseSeed,
  CourseStatus,
  Eligibility,
  SelectionMethod,
  SessionSeed,
  VenueKind,
  VenueSeed,
} from './types.ts';
import type { CourseSuffixWords, TopicWords } from './vocabulary/index.ts';
import { courseSuffixes, isMultilingualTopic, topics } from './vocabulary/index.ts';

/** Every city gets at least this many courses; the rest are spread by population. */
const MIN_COURSES_PER_CITY = 8;
/** Courses spread over the cities in proportion to population, on top of the minimum. */
const COURSES_BY_POPULATION = 402;
/** The first courses of every city are OPEN, so each city site has something to apply for. */
const GUARANTEED_OPEN_PER_CITY = 3;

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

function weightedKey<T extends string>(rng: Random, weights: Partial<Weights<T>>): T {
  const keys = Object.keys(weights) as T[];
  return rng.weighted(keys, (key) => weights[key] ?? 0);
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

export function generateCourses(
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
