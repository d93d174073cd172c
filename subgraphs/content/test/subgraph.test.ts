// The content subgraph over HTTP: the library, paths, and Course.contents via @requires.
import { inTenant, type SubgraphService } from '@baeumteo/server';
import { callSubgraph, startTestSubgraph, type TestSubgraph } from '@baeumteo/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contents, type tables } from '../src/db/schema.ts';
import { startContent } from '../src/service.ts';

let subgraph: TestSubgraph<SubgraphService<typeof tables>>;
let service: SubgraphService<typeof tables>;
const call = <T>(query: string, variables?: Record<string, unknown>) =>
  callSubgraph<T>(service.url, query, variables);

async function addContent(fields: Partial<typeof contents.$inferInsert> = {}) {
  const [row] = await inTenant(service.database.db, '*', (tx) =>
    tx
      .insert(contents)
      .values({
        titleKo: '외국인을 위한 한국어 1강: 인사',
        titleEn: 'Korean for foreign residents, Lesson 1: Greetings',
        titleVi: 'Tiếng Hàn cho người nước ngoài, Bài 1: Chào hỏi',
        descriptionKo: '인사 표현을 배웁니다.',
        kind: 'VIDEO',
        provider: 'GSEEK',
        durationMinutes: 20,
        level: 'BEGINNER',
        category: 'ADULT_LITERACY',
        languages: ['KO', 'EN', 'VI'],
        url: 'https://www.gseek.kr/example',
        ...fields,
      })
      .returning(),
  );
  return row!;
}

beforeAll(async () => {
  subgraph = await startTestSubgraph(startContent);
  service = subgraph.service;
});
afterAll(() => subgraph?.stop());

describe('content subgraph', () => {
  it('publishes Course.contents as requiring contentIds from the courses service', async () => {
    const { data } = await call<{ _service: { sdl: string } }>('{ _service { sdl } }');
    expect(data?._service.sdl).toMatch(/contents: \[Content!\] @requires\(fields: "contentIds"\)/);
  });

  it("resolves courses' contents in the course's order with one statement for many courses", async () => {
    const a = await addContent({ titleKo: '가 콘텐츠' });
    const b = await addContent({ titleKo: '나 콘텐츠' });
    const before = service.database.statementCount();
    const { data } = await call<{ _entities: { contents: { title: string }[] }[] }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Course { contents { title } } } }`,
      {
        reps: [
          { __typename: 'Course', id: '11111111-1111-4111-8111-111111111111', contentIds: [b.id, a.id] },
          { __typename: 'Course', id: '22222222-2222-4222-8222-222222222222', contentIds: [a.id, 'gone'] },
          { __typename: 'Course', id: '33333333-3333-4333-8333-333333333333', contentIds: [] },
        ],
      },
    );
    expect(service.database.statementCount() - before).toBe(1);
    expect(data?._entities).toEqual([
      { contents: [{ title: '나 콘텐츠' }, { title: '가 콘텐츠' }] },
      { contents: [{ title: '가 콘텐츠' }] },
      { contents: [] },
    ]);
  });

  it('translates titles and falls back to Korean where there is no translation', async () => {
    const content = await addContent();
    const { data } = await call<{ content: Record<string, string> }>(
      `{ content(id: "${content.id}") { ko: title en: title(locale: EN) vi: title(locale: VI) zh: title(locale: ZH) } }`,
    );
    expect(data?.content).toEqual({
      ko: content.titleKo,
      en: content.titleEn,
      vi: content.titleVi,
      zh: content.titleKo,
    });
  });

  it('filters by language and searches English titles', async () => {
    await addContent({ titleKo: '중국어 자료', titleEn: 'Chinese handout', languages: ['KO', 'ZH'] });
    const { data } = await call<{ zh: { totalCount: number }; en: { edges: { node: { title: string } }[] } }>(
      `{ zh: contents(filter: { language: ZH }) { totalCount }
         en: contents(filter: { search: "handout" }) { edges { node { title(locale: EN) } } } }`,
    );
    expect(data?.zh.totalCount).toBe(1);
    expect(data?.en.edges).toEqual([{ node: { title: 'Chinese handout' } }]);
  });
});
