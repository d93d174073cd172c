// The catalog through the gateway, as a city developer sees it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, signIn } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

interface CourseNode {
  id: string;
  title: string;
  status: string;
  category: string;
  format: string;
  city: { id: string; name: string };
}
interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await platform.query<T>(query, variables);
  expect(response.body.errors).toBeUndefined();
  expect(response.status).toBe(200);
  return response.body.data as T;
}

describe('cities', () => {
  it('lists the province first, then the 31 cities and counties by administrative code', async () => {
    const { cities } = await data<{ cities: { id: string; code: string; kind: string; name: string }[] }>(
      '{ cities { id code kind name } }',
    );
    expect(cities).toHaveLength(32);
    expect(cities[0]).toEqual({ id: 'gyeonggi', code: '41', kind: 'PROVINCE', name: '경기도' });
    const codes = cities.slice(1).map((c) => c.code);
    expect(codes).toEqual([...codes].sort());
    expect(cities.find((c) => c.id === 'gapyeong')?.kind).toBe('COUNTY');
  });

  it('gives a city its site skin and names in Korean and English, and null for an unknown city', async () => {
    const result = await data<{ siheung: Record<string, unknown>; atlantis: null }>(
      `{ siheung: city(id: "siheung") { name en: name(locale: EN) population
           site { siteName primaryColor defaultLocale locales } }
         atlantis: city(id: "atlantis") { id } }`,
    );
    expect(result.siheung).toMatchObject({ name: '시흥시', en: 'Siheung', site: { defaultLocale: 'KO' } });
    expect(result.siheung.population).toBeGreaterThan(100_000);
    expect((result.siheung.site as { primaryColor: string }).primaryColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect((result.siheung.site as { siteName: string }).siteName).toContain('시흥');
    expect(result.atlantis).toBeNull();
  });

  it('shows each city its venues (at least three) and its own courses only', async () => {
    const { cities } = await data<{
      cities: {
        id: string;
        venues: { kind: string; city: { id: string } }[];
        courses: Connection<{ city: { id: string } }>;
      }[];
    }>(
      '{ cities { id venues { kind city { id } } courses(first: 5) { totalCount edges { node { city { id } } } } } }',
    );
    for (const city of cities.slice(1)) {
      expect(city.venues.length, city.id).toBeGreaterThanOrEqual(3);
      expect(city.venues.every((v) => v.city.id === city.id)).toBe(true);
      expect(city.courses.totalCount, city.id).toBeGreaterThan(0);
      expect(city.courses.edges.every((e) => e.node.city.id === city.id)).toBe(true);
    }
  });
});

describe('courses', () => {
  const courseFields = 'id title status category format city { id name }';

  it('holds at least 600 courses over all cities, categories, formats and statuses', async () => {
    // Drafts included: a province admin sees them all.
    const admin = await signIn(platform, demo.admin.email, demo.admin.password);
    const all = await platform.query<{ courses: { totalCount: number } }>(
      '{ courses { totalCount } }',
      {},
      admin.auth,
    );
    expect(all.body.data?.courses.totalCount).toBeGreaterThanOrEqual(600);
    for (const [field, values] of [
      [
        'category',
        [
          'ADULT_LITERACY',
          'ACADEMIC_SUPPLEMENT',
          'VOCATIONAL',
          'CULTURE_ARTS',
          'HUMANITIES',
          'CIVIC_PARTICIPATION',
        ],
      ],
      ['format', ['OFFLINE', 'ONLINE', 'LIVE', 'BLENDED']],
      ['status', ['OPEN', 'CLOSED', 'IN_PROGRESS', 'FINISHED', 'CANCELLED']],
    ] as const) {
      for (const value of values) {
        const filtered = await data<{ courses: Connection<CourseNode> }>(
          `query ($filter: CourseFilter) { courses(filter: $filter, first: 3) { totalCount edges { node { ${courseFields} } } } }`,
          { filter: { [field]: value } },
        );
        expect(filtered.courses.totalCount, `${field}=${value}`).toBeGreaterThan(0);
        expect(filtered.courses.edges.every((e) => e.node[field] === value)).toBe(true);
      }
    }
  });

  it('shows DRAFT courses to province admins and their city staff only', async () => {
    const query =
      '{ courses(filter: { status: DRAFT }, first: 100) { totalCount edges { node { city { id } } } } }';
    const anonymous = await data<{ courses: Connection<CourseNode> }>(query);
    expect(anonymous.courses.totalCount).toBe(0);
    const admin = await signIn(platform, demo.admin.email, demo.admin.password);
    const asAdmin = await platform.query<{ courses: Connection<CourseNode> }>(query, {}, admin.auth);
    expect(asAdmin.body.data?.courses.totalCount).toBeGreaterThan(0);
    const staff = await signIn(platform, demo.staff.email, demo.staff.password);
    const asStaff = await platform.query<{ courses: Connection<CourseNode> }>(query, {}, staff.auth);
    const cities = new Set(asStaff.body.data?.courses.edges.map((e) => e.node.city.id));
    expect([...cities].every((c) => c === 'suwon' || c === 'siheung')).toBe(true);
  });

  it('finds courses by Korean and by English substring, ignoring case', async () => {
    const korean = await data<{ courses: Connection<CourseNode> }>(
      `{ courses(filter: { search: "파이썬" }, first: 100) { totalCount edges { node { title } } } }`,
    );
    expect(korean.courses.totalCount).toBeGreaterThan(0);
    expect(korean.courses.edges.every((e) => e.node.title.includes('파이썬'))).toBe(true);
    const english = await data<{ courses: Connection<{ title: string; en: string }> }>(
      `{ courses(filter: { search: "python" }, first: 100) { totalCount edges { node { title en: title(locale: EN) } } } }`,
    );
    expect(english.courses.totalCount).toBe(korean.courses.totalCount);
    expect(english.courses.edges.every((e) => /python/i.test(e.node.en))).toBe(true);
    expect(english.courses.edges.some((e) => e.node.en.includes('Python for beginners'))).toBe(true);
  });

  it('lists the courses open for application in a city, each really open now', async () => {
    const { courses } = await data<{
      courses: Connection<{
        status: string;
        applicationOpensAt: string;
        applicationClosesAt: string;
        city: { id: string };
      }>;
    }>(`{ courses(filter: { cityId: "suwon", openForApplication: true }, first: 100) {
          totalCount edges { node { status applicationOpensAt applicationClosesAt city { id } } } } }`);
    expect(courses.totalCount).toBeGreaterThanOrEqual(3);
    const now = Date.now();
    for (const { node } of courses.edges) {
      expect(node).toMatchObject({ status: 'OPEN', city: { id: 'suwon' } });
      expect(Date.parse(node.applicationOpensAt)).toBeLessThanOrEqual(now);
      expect(Date.parse(node.applicationClosesAt)).toBeGreaterThan(now);
      expect(node.applicationClosesAt).toMatch(/\+09:00$/);
    }
  });

  it("pages through a city's courses with cursors: every course once, in start order", async () => {
    const ids: string[] = [];
    const starts: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const { courses }: { courses: Connection<{ id: string; startsAt: string }> } = await data(
        `query ($after: String) { courses(filter: { cityId: "seongnam" }, first: 7, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { id startsAt } } } }`,
        { after },
      );
      total = courses.totalCount;
      ids.push(...courses.edges.map((e) => e.node.id));
      starts.push(...courses.edges.map((e) => e.node.startsAt));
      after = courses.pageInfo.hasNextPage ? courses.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(starts.map(Date.parse)).toEqual([...starts.map(Date.parse)].sort((a, b) => a - b));
  });

  it('resolves a course across subgraphs: its city (learners), contents (content), venue and sessions', async () => {
    const { courses } = await data<{ courses: Connection<{ id: string }> }>(
      `{ courses(filter: { format: ONLINE }, first: 1) { edges { node { id } } } }`,
    );
    const id = courses.edges[0]?.node.id;
    const { course } = await data<{
      course: {
        city: { id: string; name: string };
        contents: { id: string; title: string }[];
        sessions: unknown[];
        totalHours: number;
      };
    }>(
      `query ($id: ID!) { course(id: $id) { city { id name } contents { id title } sessions { startsAt endsAt } totalHours } }`,
      {
        id,
      },
    );
    expect(course.city.name).toMatch(/[시군]$/);
    expect(course.contents.length).toBeGreaterThanOrEqual(3);
    expect(course.sessions.length).toBeGreaterThan(0);
    expect(course.totalHours).toBeGreaterThan(0);
  });
});

describe('contents and learning paths', () => {
  it('shares a library of at least 1,700 contents, searchable in Korean and English', async () => {
    const { all, ko, en } = await data<{
      all: { totalCount: number };
      ko: Connection<{ title: string }>;
      en: Connection<{ title: string }>;
    }>(`{ all: contents { totalCount }
          ko: contents(filter: { search: "파이썬" }, first: 100) { totalCount edges { node { title } } }
          en: contents(filter: { search: "PYTHON" }, first: 100) { totalCount edges { node { title(locale: EN) } } } }`);
    expect(all.totalCount).toBeGreaterThanOrEqual(1700);
    expect(ko.totalCount).toBeGreaterThan(0);
    expect(ko.edges.every((e) => e.node.title.includes('파이썬'))).toBe(true);
    expect(en.totalCount).toBe(ko.totalCount);
    expect(en.edges.every((e) => /python/i.test(e.node.title))).toBe(true);
  });

  it('filters contents by kind, level, category and language', async () => {
    const { contents } = await data<{
      contents: Connection<{
        kind: string;
        level: string;
        category: string;
        languages: string[];
        title: string;
        vi: string;
        description: string;
        descriptionVi: string;
        descriptionZh: string;
      }>;
    }>(`{ contents(filter: { language: VI, level: BEGINNER }, first: 20) {
          totalCount edges { node { kind level category languages title vi: title(locale: VI)
            description descriptionVi: description(locale: VI) descriptionZh: description(locale: ZH) } } } }`);
    expect(contents.totalCount).toBeGreaterThan(0);
    for (const { node } of contents.edges) {
      expect(node.languages).toContain('VI');
      expect(node.level).toBe('BEGINNER');
      expect(node.vi).not.toBe(node.title);
      // Descriptions too are in Vietnamese and Chinese for the contents meant for foreign residents.
      expect(node.descriptionVi).not.toBe(node.description);
      expect(node.descriptionZh).toMatch(/[\u4e00-\u9fff]/);
    }
    const youtube = await data<{ contents: Connection<{ kind: string; url: string; provider: string }> }>(
      `{ contents(filter: { kind: YOUTUBE }, first: 5) { totalCount edges { node { kind url provider } } } }`,
    );
    expect(youtube.contents.totalCount).toBeGreaterThan(0);
    expect(youtube.contents.edges.every((e) => e.node.url.startsWith('https://www.youtube.com/'))).toBe(true);
  });

  it('offers learning paths by level, each with ordered steps', async () => {
    const { all, beginner } = await data<{
      all: { id: string; level: string; steps: { id: string }[] }[];
      beginner: { level: string; title: string; en: string; steps: { id: string; level: string }[] }[];
    }>(`{ all: learningPaths { id level steps { id } }
          beginner: learningPaths(level: BEGINNER) { level title en: title(locale: EN) steps { id level } } }`);
    expect(all.length).toBeGreaterThanOrEqual(15);
    expect(new Set(all.map((p) => p.level))).toEqual(new Set(['BEGINNER', 'INTERMEDIATE', 'ADVANCED']));
    expect(beginner.length).toBeGreaterThanOrEqual(5);
    for (const path of beginner) {
      expect(path.level).toBe('BEGINNER');
      expect(path.steps.length).toBeGreaterThanOrEqual(4);
    }
    expect(beginner.map((p) => p.en).join(' ')).toMatch(/AI/);
  });

  it('returns null for an unknown content', async () => {
    const result = await data<{ a: null; b: null }>(
      '{ a: content(id: "00000000-0000-4000-8000-000000000000") { id } b: content(id: "nope") { id } }',
    );
    expect(result).toEqual({ a: null, b: null });
  });
});
