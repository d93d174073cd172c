// A province admin curates the shared library through the gateway: adds a content (answering in
// all four locales, found by residents' search), replaces it, and retires it out of search and
// cities' featured lists while content(id) still answers and progress on it is refused. Only
// province admins may; bad input names its field; an idempotency key creates once and of five
// simultaneous retirements exactly one wins.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount, withRole } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let admin: TestAccount;
let staff: TestAccount;
let resident: TestAccount;

function contentInput(tag: string, overrides: Record<string, unknown> = {}) {
  return {
    titleKo: `디지털 금융 첫걸음 ${tag}`,
    titleEn: `First steps in digital banking ${tag}`,
    titleZh: `数字金融入门 ${tag}`,
    titleVi: `Những bước đầu với ngân hàng số ${tag}`,
    descriptionKo: '모바일 뱅킹을 안전하게 쓰는 법을 배웁니다.',
    descriptionEn: 'How to use mobile banking safely.',
    kind: 'YOUTUBE',
    provider: '안산시 평생학습관 YouTube',
    url: `https://www.youtube.com/watch?v=${tag}`,
    level: 'BEGINNER',
    category: 'VOCATIONAL',
    durationMinutes: 15,
    languages: ['KO', 'EN', 'ZH', 'VI'],
    cityId: 'ansan',
    ...overrides,
  };
}

const fields =
  'id ko: title en: title(locale: EN) zh: title(locale: ZH) vi: title(locale: VI) provider retiredAt';
type Content = {
  id: string;
  ko: string;
  en: string;
  zh: string;
  vi: string;
  provider: string;
  retiredAt: string | null;
};

const createMutation = `mutation ($i: ContentInput!, $k: String) { createContent(input: $i, idempotencyKey: $k) { ${fields} } }`;
const retireMutation = `mutation ($id: ID!) { retireContent(id: $id) { ${fields} } }`;

function create(input: Record<string, unknown>, who: TestAccount | null = admin, key?: string) {
  return platform.query<{ createContent: Content }>(createMutation, { i: input, k: key ?? null }, who?.auth);
}

async function created(tag = randomUUID().slice(0, 8)): Promise<Content & { tag: string }> {
  const response = await create(contentInput(tag));
  if (!response.body.data) throw new Error(JSON.stringify(response.body.errors));
  return { ...response.body.data.createContent, tag };
}

async function search(text: string): Promise<string[]> {
  const response = await platform.query<{ contents: { edges: { node: { id: string } }[] } }>(
    'query ($s: String) { contents(filter: { search: $s }) { edges { node { id } } } }',
    { s: text },
    resident.auth,
  );
  return response.body.data?.contents.edges.map((e) => e.node.id) ?? [];
}

async function featuredIn(cityId: string): Promise<string[]> {
  const response = await platform.query<{ city: { featuredContents: { id: string }[] } }>(
    'query ($c: ID!) { city(id: $c) { featuredContents { id } } }',
    { c: cityId },
  );
  return response.body.data?.city.featuredContents.map((c) => c.id) ?? [];
}

beforeAll(async () => {
  platform = await startPlatform();
  admin = await withRole(platform, 'PROVINCE_ADMIN', null);
  staff = await withRole(platform, 'CITY_STAFF', 'ansan');
  resident = await signUp(platform, { residenceCityId: 'ansan' });
});
afterAll(() => platform?.stop());

describe('curating the shared library', () => {
  it('adds a content that answers in each locale and that a resident finds by search', async () => {
    const content = await created();
    expect(content).toMatchObject({
      ko: `디지털 금융 첫걸음 ${content.tag}`,
      en: `First steps in digital banking ${content.tag}`,
      zh: `数字金融入门 ${content.tag}`,
      vi: `Những bước đầu với ngân hàng số ${content.tag}`,
      retiredAt: null,
    });
    expect(await search(content.tag)).toEqual([content.id]);
    // Whose content it is comes back, so that an edit form can keep it.
    const own = await platform.query<{ content: { city: { id: string } | null } }>(
      'query ($id: ID!) { content(id: $id) { city { id } } }',
      { id: content.id },
    );
    expect(own.body.data?.content.city).toEqual({ id: 'ansan' });
  });

  it('replaces a content’s fields', async () => {
    const content = await created();
    const response = await platform.query<{ updateContent: Content }>(
      `mutation ($id: ID!, $i: ContentInput!) { updateContent(id: $id, input: $i) { ${fields} } }`,
      {
        id: content.id,
        i: contentInput(content.tag, {
          titleKo: `디지털 금융 심화 ${content.tag}`,
          titleEn: null,
          provider: 'GSEEK',
          kind: 'VIDEO',
          url: 'https://www.gseek.kr/x',
          cityId: null,
        }),
      },
      admin.auth,
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.updateContent).toMatchObject({
      id: content.id,
      ko: `디지털 금융 심화 ${content.tag}`,
      en: `디지털 금융 심화 ${content.tag}`,
      provider: 'GSEEK',
    });
    expect(await search(`심화 ${content.tag}`)).toEqual([content.id]);
  });

  it('retires a content out of search and featured lists; content(id) still answers and progress is refused', async () => {
    const content = await created();
    const featured = await platform.query(
      'mutation ($ids: [ID!]!) { featureContents(cityId: "ansan", contentIds: $ids) { id } }',
      { ids: [content.id] },
      staff.auth,
    );
    expect(featured.body.errors).toBeUndefined();
    expect(await featuredIn('ansan')).toEqual([content.id]);

    const retired = await platform.query<{ retireContent: Content }>(
      retireMutation,
      { id: content.id },
      admin.auth,
    );
    expect(retired.body.data?.retireContent.retiredAt).toEqual(expect.any(String));
    expect(await search(content.tag)).toEqual([]);
    // The city's site shows it within a second: an anonymous read may be that old (response cache).
    await expect.poll(() => featuredIn('ansan')).toEqual([]);
    const one = await platform.query<{ content: Content }>(
      `query ($id: ID!) { content(id: $id) { ${fields} } }`,
      { id: content.id },
      resident.auth,
    );
    expect(one.body.data?.content).toMatchObject({ id: content.id, retiredAt: expect.any(String) });
    const progress = await platform.query(
      'mutation ($c: ID!) { recordContentProgress(contentId: $c, positionSeconds: 10) { positionSeconds } }',
      { c: content.id },
      resident.auth,
    );
    expect(progress.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const again = await platform.query(retireMutation, { id: content.id }, admin.auth);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const missing = await platform.query(retireMutation, { id: randomUUID() }, admin.auth);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['titleKo', { titleKo: '  ' }],
    ['titleEn', { titleEn: 'e'.repeat(201) }],
    ['descriptionKo', { descriptionKo: '' }],
    ['provider', { provider: '' }],
    ['url', { url: 'http://www.youtube.com/watch?v=1' }],
    ['url', { url: 'https://vimeo.com/1' }],
    ['durationMinutes', { durationMinutes: 0 }],
    ['languages', { languages: [] }],
    ['cityId', { cityId: 'atlantis' }],
  ])('refuses a bad %s, naming the field, and stores nothing', async (field, overrides) => {
    const tag = randomUUID().slice(0, 8);
    const response = await create(contentInput(tag, overrides));
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: `input.${field}`,
    });
    expect(await search(tag)).toEqual([]);
  });

  it('refuses city staff and residents (FORBIDDEN) and the signed-out (UNAUTHENTICATED)', async () => {
    const content = await created();
    for (const [who, code] of [
      [staff, 'FORBIDDEN'],
      [resident, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const tag = randomUUID().slice(0, 8);
      expect((await create(contentInput(tag), who)).body.errors?.[0]?.extensions?.code).toBe(code);
      const update = await platform.query(
        'mutation ($id: ID!, $i: ContentInput!) { updateContent(id: $id, input: $i) { id } }',
        { id: content.id, i: contentInput(tag) },
        who?.auth,
      );
      expect(update.body.errors?.[0]?.extensions?.code).toBe(code);
      const retire = await platform.query(retireMutation, { id: content.id }, who?.auth);
      expect(retire.body.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await search(content.tag)).toEqual([content.id]);
  });

  it('creates once when the same call with one idempotency key is fired five times at once', async () => {
    const tag = randomUUID().slice(0, 8);
    const key = randomUUID();
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => create(contentInput(tag), admin, key)));
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const ids = new Set(answers.map((a) => a.body.data?.createContent.id));
    expect(ids.size).toBe(1);
    const retry = await create(contentInput(tag), admin, key);
    expect(retry.body.data?.createContent.id).toBe([...ids][0]);
    expect(await search(tag)).toEqual([...ids]);
  });

  it('retires once when five retirements race: one success, four CONFLICT', async () => {
    const content = await created();
    const answers = await Promise.all(
      [1, 2, 3, 4, 5].map(() =>
        platform.query<{ retireContent: Content }>(retireMutation, { id: content.id }, admin.auth),
      ),
    );
    expect(answers.filter((a) => a.body.data?.retireContent?.retiredAt)).toHaveLength(1);
    expect(answers.filter((a) => a.body.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(4);
  });
});
