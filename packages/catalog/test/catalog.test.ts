import { cities, learningCategories, province } from '@baeumteo/contracts';
import { describe, expect, it } from 'vitest';
import {
  type Catalog,
  type CourseSeed,
  citySites,
  cityVenues,
  createRandom,
  generateCatalog,
  topics,
} from '../src/index.ts';

const NOW = new Date('2026-03-15T03:00:00Z'); // 12:00 KST
const catalog = generateCatalog({ seed: 20260301, now: NOW });

const CATEGORIES = [
  'ADULT_LITERACY',
  'ACADEMIC_SUPPLEMENT',
  'VOCATIONAL',
  'CULTURE_ARTS',
  'HUMANITIES',
  'CIVIC_PARTICIPATION',
];
const FORMATS = ['OFFLINE', 'ONLINE', 'LIVE', 'BLENDED'];
const STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'IN_PROGRESS', 'FINISHED', 'CANCELLED'];
const SELECTIONS = ['FIRST_COME', 'LOTTERY', 'APPROVAL'];
const ELIGIBILITIES = ['CITY_RESIDENTS', 'PROVINCE_RESIDENTS', 'ANYONE'];
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const HOUR = 3_600_000;

function allIds(c: Catalog): string[] {
  return [
    ...c.venues.map((v) => v.id),
    ...c.contents.map((x) => x.id),
    ...c.courses.flatMap((course) => [course.id, ...course.sessions.map((s) => s.id)]),
    ...c.learningPaths.map((p) => p.id),
  ];
}

function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrastWithWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

/** Returns a list of problems, empty when the course's dates agree with its status at `now`. */
function dateProblems(course: CourseSeed, now: Date): string[] {
  const problems: string[] = [];
  const t = now.getTime();
  const opens = course.applicationOpensAt.getTime();
  const closes = course.applicationClosesAt.getTime();
  const first = course.sessions[0];
  const last = course.sessions[course.sessions.length - 1];
  if (!first || !last) return ['no sessions'];
  const firstStart = first.startsAt.getTime();
  if (!(opens < closes)) problems.push('window opens after it closes');
  if (!(closes < firstStart)) problems.push('first session before the window closes');
  switch (course.status) {
    case 'OPEN':
      if (!(opens <= t && t < closes)) problems.push('OPEN but now is outside the window');
      break;
    case 'DRAFT':
      if (!(opens > t)) problems.push('DRAFT but the window has opened');
      break;
    case 'CLOSED':
      if (!(closes <= t && firstStart > t)) problems.push('CLOSED but window open or course started');
      break;
    case 'IN_PROGRESS':
      if (!(firstStart <= t && last.startsAt.getTime() > t)) problems.push('IN_PROGRESS but not running');
      break;
    case 'FINISHED':
      if (!(last.endsAt.getTime() <= t)) problems.push('FINISHED but sessions remain');
      break;
    case 'CANCELLED':
      break;
  }
  return problems.map((p) => `${course.id} (${course.status}): ${p}`);
}

describe('cities', () => {
  it('has the province and 31 cities and counties', () => {
    expect(province.id).toBe('gyeonggi');
    expect(province.kind).toBe('PROVINCE');
    expect(cities).toHaveLength(31);
    expect(new Set(cities.map((c) => c.id)).size).toBe(31);
    expect(cities.filter((c) => c.kind === 'COUNTY').map((c) => c.id)).toEqual([
      'yeoncheon',
      'gapyeong',
      'yangpyeong',
    ]);
    expect(learningCategories.map((c) => c.id)).toEqual(CATEGORIES);
  });

  it('has a site skin for each of the 32 tenants', () => {
    expect(Object.keys(citySites)).toHaveLength(32);
    expect(citySites.gyeonggi?.siteName).toBe('경기도 평생학습 배움터');
    expect(citySites.suwon?.siteName).toBe('수원시 평생학습 배움터');
    for (const city of [province, ...cities]) {
      const site = citySites[city.id];
      expect(site, city.id).toBeDefined();
      expect(site?.siteName).toBe(`${city.nameKo} 평생학습 배움터`);
      expect(site?.defaultLocale).toBe('KO');
      expect(site?.locales.slice(0, 2)).toEqual(['KO', 'EN']);
    }
    for (const id of ['ansan', 'siheung', 'hwaseong', 'pocheon', 'gimpo']) {
      expect(citySites[id]?.locales).toEqual(['KO', 'EN', 'ZH', 'VI']);
    }
    expect(citySites.suwon?.locales).toEqual(['KO', 'EN']);
  });

  it('gives every tenant a distinct primary colour with contrast >= 4.5 against white', () => {
    const colors = Object.values(citySites).map((s) => s.primaryColor);
    expect(new Set(colors.map((c) => c.toLowerCase())).size).toBe(32);
    for (const color of colors) {
      expect(color).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(contrastWithWhite(color), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('random', () => {
  it('is deterministic and stays in range', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    for (let i = 0; i < 1000; i += 1) {
      const x = a.next();
      expect(x).toBe(b.next());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      const n = a.int(3, 7);
      expect(b.int(3, 7)).toBe(n);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(7);
    }
    expect(createRandom(1).next()).not.toBe(createRandom(2).next());
  });

  it('produces version-4 UUIDs', () => {
    const rng = createRandom(7);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i += 1) {
      const id = rng.uuid();
      expect(id).toMatch(UUID_V4);
      seen.add(id);
    }
    expect(seen.size).toBe(2000);
  });

  it('picks, weighs and shuffles', () => {
    const rng = createRandom(9);
    const items = ['a', 'b', 'c', 'd'];
    expect(items).toContain(rng.pick(items));
    for (let i = 0; i < 200; i += 1) expect(rng.weighted(items, (x) => (x === 'c' ? 1 : 0))).toBe('c');
    const shuffled = rng.shuffle(items);
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
    expect(() => rng.pick([])).toThrow();
  });
});

describe('vocabulary', () => {
  it('has at least 12 topics per category, each with 6 to 10 lessons', () => {
    expect(new Set(topics.map((t) => t.key)).size).toBe(topics.length);
    for (const category of CATEGORIES) {
      expect(topics.filter((t) => t.category === category).length, category).toBeGreaterThanOrEqual(12);
    }
    for (const topic of topics) {
      expect(topic.lessons.length, topic.key).toBeGreaterThanOrEqual(6);
      expect(topic.lessons.length, topic.key).toBeLessThanOrEqual(10);
      expect(topic.descriptionKo.length).toBeGreaterThan(10);
      expect(topic.descriptionEn.length).toBeGreaterThan(10);
    }
  });

  it('includes the required topics', () => {
    const titles = topics.map((t) => t.titleKo);
    for (const needle of [
      '외국인을 위한 한국어 초급',
      '외국인을 위한 한국어 중급',
      '외국인을 위한 한국어 고급',
      'AI 기초와 생성형 AI 활용',
      '어르신 스마트폰 활용',
      '키오스크 사용법',
      '나만의 책 쓰기',
      '스피치와 발표',
      '파이썬 기초',
      '엑셀 실무',
      '바리스타',
      '요양보호사 준비',
      '수채화',
      '우쿨렐레',
      '초졸 검정고시',
      '중졸 검정고시',
      '고졸 검정고시',
      '한글 기초 교실',
      '마을활동가 양성',
      '탄소중립 생활 실천',
      '민주시민 교육',
    ]) {
      expect(
        titles.some((t) => t.includes(needle)),
        needle,
      ).toBe(true);
    }
    expect(topics.find((t) => t.titleKo === '파이썬 기초')?.titleEn).toBe('Python for beginners');
  });

  it('translates Korean-for-foreigners lessons into Chinese and Vietnamese', () => {
    const korean = topics.filter((t) => t.theme === 'KOREAN_FOR_FOREIGN_RESIDENTS');
    expect(korean.map((t) => t.level).sort()).toEqual(['ADVANCED', 'BEGINNER', 'INTERMEDIATE']);
    for (const topic of korean) {
      expect(topic.titleZh).toBeTruthy();
      expect(topic.titleVi).toBeTruthy();
      for (const lesson of topic.lessons) {
        expect(lesson.zh).toBeTruthy();
        expect(lesson.vi).toBeTruthy();
      }
    }
  });

  it('has 3 to 5 venues per city, one learning centre, neighbourhood rooms named after their dong', () => {
    for (const city of cities) {
      const venues = cityVenues[city.id] ?? [];
      expect(venues.length, city.id).toBeGreaterThanOrEqual(3);
      expect(venues.length, city.id).toBeLessThanOrEqual(5);
      expect(venues.filter((v) => v.kind === 'LEARNING_CENTER')).toHaveLength(1);
      for (const venue of venues) {
        expect(venue.address.startsWith(`경기도 ${city.nameKo} `), venue.address).toBe(true);
        if (venue.kind === 'NEIGHBORHOOD_CENTER') {
          expect(venue.dong).toMatch(/[동읍면]$/);
          expect(venue.name.startsWith(venue.dong ?? '?')).toBe(true);
        }
      }
    }
  });
});

describe('generateCatalog', () => {
  it('is deterministic for the same seed and now', () => {
    expect(generateCatalog({ seed: 20260301, now: NOW })).toEqual(catalog);
    expect(generateCatalog({ seed: 99, now: NOW })).toEqual(
      generateCatalog({ seed: 99, now: new Date(NOW) }),
    );
  });

  it('differs for a different seed', () => {
    const other = generateCatalog({ seed: 20260302, now: NOW });
    expect(other).not.toEqual(catalog);
    expect(other.courses[0]?.id).not.toBe(catalog.courses[0]?.id);
  });

  it('keeps ids and contents stable when only now changes', () => {
    const later = generateCatalog({ seed: 20260301, now: new Date('2026-09-01T10:00:00Z') });
    expect(allIds(later)).toEqual(allIds(catalog));
    expect(later.contents).toEqual(catalog.contents);
    expect(later.courses.map((c) => c.titleKo)).toEqual(catalog.courses.map((c) => c.titleKo));
  });

  it('defaults to seed 20260301', () => {
    expect(allIds(generateCatalog({ now: NOW }))).toEqual(allIds(catalog));
  });

  it('produces enough of everything', () => {
    expect(catalog.courses.length).toBeGreaterThanOrEqual(600);
    expect(catalog.contents.length).toBeGreaterThanOrEqual(1700);
    expect(catalog.learningPaths.length).toBeGreaterThanOrEqual(15);
    for (const city of cities) {
      expect(catalog.venues.filter((v) => v.cityId === city.id).length, city.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses unique, valid UUIDs everywhere', () => {
    const ids = allIds(catalog);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });

  it('spreads courses over every city, category, format, status, selection and eligibility', () => {
    const courses = catalog.courses;
    expect(new Set(courses.map((c) => c.cityId))).toEqual(new Set(cities.map((c) => c.id)));
    expect(new Set(courses.map((c) => c.category))).toEqual(new Set(CATEGORIES));
    expect(new Set(courses.map((c) => c.format))).toEqual(new Set(FORMATS));
    expect(new Set(courses.map((c) => c.status))).toEqual(new Set(STATUSES));
    expect(new Set(courses.map((c) => c.selection))).toEqual(new Set(SELECTIONS));
    expect(new Set(courses.map((c) => c.eligibility))).toEqual(new Set(ELIGIBILITIES));

    for (const city of cities) {
      const own = courses.filter((c) => c.cityId === city.id);
      expect(own.length, city.id).toBeGreaterThanOrEqual(8);
      expect(own.filter((c) => c.status === 'OPEN').length, city.id).toBeGreaterThanOrEqual(3);
    }
    const count = (id: string) => courses.filter((c) => c.cityId === id).length;
    expect(count('suwon')).toBeGreaterThan(count('yeoncheon'));

    const open = courses.filter((c) => c.status === 'OPEN').length / courses.length;
    expect(open).toBeGreaterThan(0.3);
    expect(open).toBeLessThan(0.55);
    const formats = FORMATS.map((f) => courses.filter((c) => c.format === f).length);
    expect(Math.max(...formats)).toBe(formats[0]); // OFFLINE is the most common
  });

  it('has dates consistent with each status', () => {
    const problems = catalog.courses.flatMap((c) => dateProblems(c, NOW));
    expect(problems).toEqual([]);
  });

  it('stays consistent around KST midnight and for other seeds', () => {
    for (const [seed, now] of [
      [1, new Date('2026-03-15T14:59:59.999Z')], // 23:59:59 KST
      [2, new Date('2026-03-15T15:00:00.000Z')], // 00:00 KST
      [3, new Date('2025-12-31T22:30:00.000Z')],
    ] as const) {
      const other = generateCatalog({ seed, now });
      expect(other.courses.flatMap((c) => dateProblems(c, now))).toEqual([]);
      expect(new Set(other.courses.map((c) => c.status))).toEqual(new Set(STATUSES));
    }
  });

  it('schedules weekly sessions at realistic Korean times', () => {
    for (const course of catalog.courses) {
      expect(course.sessions.length).toBeGreaterThanOrEqual(4);
      expect(course.sessions.length).toBeLessThanOrEqual(12);
      let previous = Number.NEGATIVE_INFINITY;
      for (const session of course.sessions) {
        const start = session.startsAt.getTime();
        const minutes = (session.endsAt.getTime() - start) / 60_000;
        expect([90, 120, 180]).toContain(minutes);
        expect(start).toBeGreaterThan(previous);
        previous = start;
        const kstHour = new Date(start + 9 * HOUR).getUTCHours();
        expect(kstHour).toBeGreaterThanOrEqual(9);
        expect(kstHour).toBeLessThanOrEqual(20);
      }
    }
  });

  it('puts onsite courses in a venue of the same city and remote ones nowhere', () => {
    const venues = new Map(catalog.venues.map((v) => [v.id, v]));
    for (const course of catalog.courses) {
      if (course.format === 'OFFLINE' || course.format === 'BLENDED') {
        expect(course.venueId).not.toBeNull();
        expect(venues.get(course.venueId ?? '')?.cityId).toBe(course.cityId);
        expect(course.capacity).toBeGreaterThanOrEqual(10);
        expect(course.capacity).toBeLessThanOrEqual(40);
      } else {
        expect(course.venueId).toBeNull();
        expect(course.capacity).toBeGreaterThanOrEqual(10);
        expect(course.capacity).toBeLessThanOrEqual(300);
      }
      expect([0.7, 0.8]).toContain(course.minAttendanceRate);
    }
  });

  it('links courses to existing contents of their topic', () => {
    const contents = new Map(catalog.contents.map((c) => [c.id, c]));
    for (const course of catalog.courses) {
      const n = course.contentIds.length;
      if (course.format === 'ONLINE' || course.format === 'BLENDED') {
        expect(n).toBeGreaterThanOrEqual(3);
        expect(n).toBeLessThanOrEqual(8);
      } else {
        expect(n).toBeLessThanOrEqual(2);
      }
      for (const id of course.contentIds) {
        const content = contents.get(id);
        expect(content).toBeDefined();
        expect(content?.category).toBe(course.category);
        expect(content?.titleKo.startsWith(course.titleKo.replace(/ \(.*\)$/, ''))).toBe(true);
      }
    }
  });

  it('makes contents searchable, well-formed and multilingual where needed', () => {
    const contents = catalog.contents;
    expect(contents.some((c) => c.titleKo.includes('파이썬'))).toBe(true);
    expect(contents.some((c) => c.titleEn.includes('Python for beginners'))).toBe(true);
    expect(contents.some((c) => c.titleKo === '파이썬 기초 3강: 반복문')).toBe(true);
    expect(contents.some((c) => c.titleEn === 'Python for beginners, Lesson 3: Loops')).toBe(true);
    expect(new Set(contents.map((c) => c.kind))).toEqual(new Set(['VIDEO', 'MOOC', 'YOUTUBE', 'DOCUMENT']));
    expect(new Set(contents.map((c) => c.url)).size).toBe(contents.length);

    for (const content of contents) {
      expect(content.durationMinutes).toBeGreaterThanOrEqual(10);
      expect(content.durationMinutes).toBeLessThanOrEqual(60);
      expect(CATEGORIES).toContain(content.category);
      if (content.titleKo.startsWith('외국인을 위한 한국어')) {
        expect(content.languages).toEqual(['KO', 'EN', 'ZH', 'VI']);
        expect(content.titleZh).toBeTruthy();
        expect(content.titleVi).toBeTruthy();
      } else {
        expect([['KO'], ['KO', 'EN']]).toContainEqual(content.languages);
        expect(content.titleZh).toBeNull();
        expect(content.titleVi).toBeNull();
      }
      switch (content.kind) {
        case 'VIDEO':
          expect(content.provider).toBe('GSEEK');
          expect(content.url.startsWith('https://www.gseek.kr/')).toBe(true);
          break;
        case 'MOOC':
          expect(content.provider).toBe('K-MOOC');
          break;
        case 'YOUTUBE':
          expect(content.cityId).not.toBeNull();
          expect(content.provider).toMatch(/ YouTube$/);
          expect(content.url).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=[A-Za-z0-9_-]{11}$/);
          break;
        case 'DOCUMENT':
          expect(content.url).toMatch(/\.pdf$/);
          break;
      }
    }
  });

  it('builds learning paths per theme and level from existing contents', () => {
    const contents = new Map(catalog.contents.map((c) => [c.id, c]));
    const levels = new Set(catalog.learningPaths.map((p) => p.level));
    expect(levels).toEqual(new Set(['BEGINNER', 'INTERMEDIATE', 'ADVANCED']));
    expect(new Set(catalog.learningPaths.map((p) => p.titleKo)).size).toBe(catalog.learningPaths.length);
    for (const path of catalog.learningPaths) {
      expect(path.contentIds.length).toBeGreaterThanOrEqual(4);
      expect(path.contentIds.length).toBeLessThanOrEqual(8);
      expect(new Set(path.contentIds).size).toBe(path.contentIds.length);
      for (const id of path.contentIds) expect(contents.get(id)?.level).toBe(path.level);
    }
    const pathText = (level: string) =>
      catalog.learningPaths
        .filter((p) => p.level === level)
        .flatMap((p) => p.contentIds.map((id) => contents.get(id)?.titleKo ?? ''))
        .join('\n');
    for (const level of ['BEGINNER', 'INTERMEDIATE', 'ADVANCED']) {
      expect(pathText(level)).toContain('외국인을 위한 한국어');
    }
    expect(pathText('BEGINNER')).toContain('파이썬 기초 1강');
    expect(pathText('INTERMEDIATE')).toContain('스피치와 발표 1강');
    expect(pathText('INTERMEDIATE')).toContain('나만의 책 쓰기 1강');
    expect(pathText('BEGINNER')).toContain('어르신 스마트폰 활용 1강');
  });
});
