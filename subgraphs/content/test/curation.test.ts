// Province admins curate the shared library: add (once per idempotency key), replace and retire
// contents. A retired content leaves search and featured lists, stays in paths, keeps answering
// content(id), and takes no more progress; only the first of simultaneous retirements wins.
import { randomUUID } from 'node:crypto';
import { type Caller, inTenant, type SubgraphService } from '@baeumteo/server';
import { callSubgraph, startTestSubgraph, type TestSubgraph } from '@baeumteo/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { learningPathSteps, learningPaths, type tables } from '../src/db/schema.ts';
import { type ContentInput, checkContent } from '../src/rules/contentInput.ts';
import { startContent } from '../src/service.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;

const caller = (role: Caller['roles'][number]['role'], cityId: string | null = null): Caller => ({
  id: randomUUID(),
  roles: [{ role, cityId }],
  residenceCityId: 'ansan',
});
const admin = caller('PROVINCE_ADMIN');

function input(overrides: Partial<ContentInput> = {}): ContentInput {
  const tag = randomUUID().slice(0, 8);
  return {
    titleKo: `  생활 법률 기초 ${tag}  `,
    titleEn: `Everyday law basics ${tag}`,
    titleZh: `日常法律基础 ${tag}`,
    titleVi: `Pháp luật cơ bản ${tag}`,
    descriptionKo: '계약과 임대차의 기초를 배웁니다.',
    kind: 'VIDEO',
    provider: 'GSEEK',
    url: `https://www.gseek.kr/lecture/${tag}`,
    level: 'BEGINNER',
    category: 'CIVIC_PARTICIPATION',
    durationMinutes: 30,
    languages: ['KO', 'EN', 'KO'],
    cityId: null,
    ...overrides,
  };
}

const contentFields =
  'id ko: title en: title(locale: EN) zh: title(locale: ZH) vi: title(locale: VI) url retiredAt';
type Content = {
  id: string;
  ko: string;
  en: string;
  zh: string;
  vi: string;
  url: string;
  retiredAt: string | null;
};

const call = <T>(query: string, variables: Record<string, unknown>, as: Caller | null = admin) =>
  callSubgraph<T>(service.url, query, variables, { caller: as });

const create = (i: ContentInput, as: Caller | null = admin, key?: string) =>
  call<{ createContent: Content }>(
    `mutation ($i: ContentInput!, $k: String) { createContent(input: $i, idempotencyKey: $k) { ${contentFields} } }`,
    { i, k: key ?? null },
    as,
  );
const retire = (id: string, as: Caller | null = admin) =>
  call<{ retireContent: Content }>(
    `mutation ($id: ID!) { retireContent(id: $id) { ${contentFields} } }`,
    { id },
    as,
  );

async function created(i = input()): Promise<Content> {
  const { data, errors } = await create(i);
  if (!data) throw new Error(JSON.stringify(errors));
  return data.createContent;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(startContent);
  service = subgraph.service;
});
afterAll(() => subgraph?.stop());

describe('content input rules', () => {
  it('trims texts, drops empty translations and repeated languages, and takes the province as province-wide', () => {
    const checked = checkContent(
      input({ titleEn: '   ', languages: ['KO', 'VI', 'KO'], cityId: 'gyeonggi' }),
    );
    expect(checked.titleKo).toMatch(/^생활 법률 기초 \w+$/);
    expect(checked.titleEn).toBeNull();
    expect(checked.languages).toEqual(['KO', 'VI']);
    expect(checked.cityId).toBeNull();
    expect(checkContent(input({ cityId: 'suwon' })).cityId).toBe('suwon');
  });

  it.each([
    ['titleKo', { titleKo: '   ' }],
    ['titleZh', { titleZh: 'x'.repeat(201) }],
    ['descriptionKo', { descriptionKo: '' }],
    ['descriptionVi', { descriptionVi: 'x'.repeat(5001) }],
    ['provider', { provider: 'p'.repeat(101) }],
    ['url', { url: 'http://www.gseek.kr/lecture' }],
    ['url', { url: 'not an address' }],
    ['url', { url: `https://www.gseek.kr/${'a'.repeat(2000)}` }],
    ['url', { kind: 'YOUTUBE', url: 'https://vimeo.com/123' }],
    ['url', { kind: 'YOUTUBE', url: 'https://notyoutube.com/watch?v=1' }],
    ['durationMinutes', { durationMinutes: 0 }],
    ['durationMinutes', { durationMinutes: 1441 }],
    ['languages', { languages: [] }],
    ['cityId', { cityId: 'atlantis' }],
  ] as [string, Partial<ContentInput>][])('refuses a bad %s', (field, overrides) => {
    expect(() => checkContent(input(overrides))).toThrowError(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: `input.${field}` } }),
    );
  });

  it('accepts YouTube addresses for YOUTUBE contents', () => {
    for (const url of [
      'https://www.youtube.com/watch?v=abc',
      'https://youtu.be/abc',
      'https://m.youtube.com/x',
    ]) {
      expect(checkContent(input({ kind: 'YOUTUBE', url, cityId: 'suwon' })).url).toBe(url);
    }
  });
});

describe('curating the shared library', () => {
  it('adds a content that answers in all four locales and is found by search', async () => {
    const content = await created();
    expect(content.ko).toMatch(/^생활 법률 기초/);
    expect(content.en).toMatch(/^Everyday law basics/);
    expect(content.zh).toMatch(/^日常法律基础/);
    expect(content.vi).toMatch(/^Pháp luật cơ bản/);
    expect(content.retiredAt).toBeNull();
    const tag = content.en.split(' ').at(-1) as string;
    const found = await call<{ contents: { edges: { node: { id: string } }[] } }>(
      'query ($s: String) { contents(filter: { search: $s }) { edges { node { id } } } }',
      { s: tag },
      null,
    );
    expect(found.data?.contents.edges.map((e) => e.node.id)).toEqual([content.id]);
  });

  it('replaces a content’s fields', async () => {
    const content = await created();
    const { data, errors } = await call<{ updateContent: Content }>(
      `mutation ($id: ID!, $i: ContentInput!) { updateContent(id: $id, input: $i) { ${contentFields} } }`,
      { id: content.id, i: input({ titleKo: '바뀐 제목', titleEn: null, url: 'https://www.kmooc.kr/x' }) },
    );
    expect(errors).toBeUndefined();
    expect(data?.updateContent).toMatchObject({
      id: content.id,
      ko: '바뀐 제목',
      en: '바뀐 제목',
      url: 'https://www.kmooc.kr/x',
    });
    const missing = await call(
      'mutation ($id: ID!, $i: ContentInput!) { updateContent(id: $id, input: $i) { id } }',
      { id: randomUUID(), i: input() },
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses everyone but province admins, and bad input field by field', async () => {
    for (const [as, code] of [
      [null, 'UNAUTHENTICATED'],
      [caller('RESIDENT'), 'FORBIDDEN'],
      [caller('CITY_STAFF', 'suwon'), 'FORBIDDEN'],
      [caller('ANALYST'), 'FORBIDDEN'],
    ] as const) {
      expect((await create(input(), as)).errors?.[0]?.extensions?.code).toBe(code);
    }
    const bad = await create(input({ url: 'http://www.gseek.kr/x' }));
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url' });
  });

  it('creates once for one idempotency key, even when fired five times at once', async () => {
    const key = randomUUID();
    const i = input();
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => create(i, admin, key)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((a) => a.data?.createContent.id)).size).toBe(1);
    const other = await create(input(), admin, key);
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('retires a content out of search and featured lists, keeps it in paths, and refuses its progress', async () => {
    const content = await created();
    const learner = caller('RESIDENT');
    const featured = await call(
      'mutation ($ids: [ID!]!) { featureContents(cityId: "ansan", contentIds: $ids) { id } }',
      { ids: [content.id] },
    );
    expect(featured.errors).toBeUndefined();
    const pathId = await inTenant(service.database.db, '*', async (tx) => {
      const [path] = await tx
        .insert(learningPaths)
        .values({ titleKo: '은퇴 확인 경로', level: 'ADVANCED', position: 99 })
        .returning();
      await tx.insert(learningPathSteps).values({ pathId: path!.id, position: 0, contentId: content.id });
      return path!.id;
    });

    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => retire(content.id)));
    expect(answers.filter((a) => a.data?.retireContent.retiredAt)).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(4);

    const tag = content.en.split(' ').at(-1) as string;
    const { data } = await call<{
      contents: { totalCount: number };
      content: Content;
      _entities: { featuredContents: { id: string }[] }[];
      learningPaths: { id: string; steps: { id: string; retiredAt: string | null }[] }[];
    }>(
      `query ($s: String, $id: ID!) {
        contents(filter: { search: $s }) { totalCount }
        content(id: $id) { ${contentFields} }
        _entities(representations: [{ __typename: "City", id: "ansan" }]) { ... on City { featuredContents { id } } }
        learningPaths(level: ADVANCED) { id steps { id retiredAt } } }`,
      { s: tag, id: content.id },
      learner,
    );
    expect(data?.contents.totalCount).toBe(0);
    expect(data?.content.retiredAt).toEqual(expect.any(String));
    expect(data?._entities[0]?.featuredContents).toEqual([]);
    expect(data?.learningPaths.find((p) => p.id === pathId)?.steps).toEqual([
      { id: content.id, retiredAt: expect.any(String) },
    ]);

    const progress = await call(
      'mutation ($c: ID!) { recordContentProgress(contentId: $c, positionSeconds: 10) { positionSeconds } }',
      { c: content.id },
      learner,
    );
    expect(progress.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const refeature = await call(
      'mutation ($ids: [ID!]!) { featureContents(cityId: "ansan", contentIds: $ids) { id } }',
      { ids: [content.id] },
    );
    expect(refeature.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contentIds' });
    expect((await retire(randomUUID())).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await retire(content.id, caller('CITY_STAFF', 'ansan'))).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
