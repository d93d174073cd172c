// The create mutations take an idempotency key: the same key from the same caller returns what
// the first call created instead of creating again, also when the same call is fired three times
// at once (the database's unique index decides, not a read before the write).
import { randomUUID } from 'node:crypto';
import { inTenant, rowsOf } from '@baeumteo/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, iso, onlineDraft } from '../src/academic.ts';
import { type TestAccount, withRole } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let setup: AcademicSetup;
let ansanStaff: TestAccount;

beforeAll(async () => {
  platform = await startPlatform();
  setup = await academicSetup(platform);
  ansanStaff = await withRole(platform, 'CITY_STAFF', 'ansan');
});
afterAll(() => platform?.stop());

const mutations = {
  course:
    'mutation ($i: CreateCourseInput!, $k: String) { created: createCourse(input: $i, idempotencyKey: $k) { id } }',
  venue:
    'mutation ($i: CreateVenueInput!, $k: String) { created: createVenue(input: $i, idempotencyKey: $k) { id } }',
  live: 'mutation ($i: CreateLiveSessionInput!, $k: String) { created: createLiveSession(input: $i, idempotencyKey: $k) { id } }',
};
type Kind = keyof typeof mutations;

const inputs: Record<Kind, () => Record<string, unknown>> = {
  course: () => onlineDraft('한 번만 만드는 과정'),
  venue: () => ({
    cityId: 'suwon',
    name: '한 번만 만드는 강의실',
    kind: 'LIBRARY',
    address: '수원시 팔달구 1',
  }),
  live: () => ({
    hostCityId: 'ansan',
    titleKo: '한 번만 여는 라이브',
    startsAt: iso(86_400_000),
    endsAt: iso(90_000_000),
    room: `once-${randomUUID().slice(0, 8)}`,
  }),
};

function create(kind: Kind, key: string | null, by?: TestAccount, input = inputs[kind]()) {
  const auth = (by ?? (kind === 'live' ? ansanStaff : setup.staff)).auth;
  return platform.query<{ created: { id: string } }>(mutations[kind], { i: input, k: key }, auth);
}

/** How many rows the subgraph stored with this idempotency key. */
async function storedWith(kind: Kind, key: string): Promise<number> {
  const count = (table: ReturnType<typeof sql>) =>
    sql`select count(*)::int as n from ${table} where idempotency_key = ${key}`;
  const result =
    kind === 'live'
      ? await inTenant(platform.services.content.database.db, 'ansan', (tx) =>
          tx.execute(count(sql`content.live_sessions`)),
        )
      : await inTenant(platform.services.courses.database.db, 'suwon', (tx) =>
          tx.execute(count(kind === 'course' ? sql`courses.courses` : sql`courses.venues`)),
        );
  return rowsOf<{ n: number }>(result)[0]?.n ?? 0;
}

describe.each(Object.keys(mutations) as Kind[])('%s creation with an idempotency key', (kind) => {
  it('creates once when the same call is fired three times at once, and again on retry', async () => {
    const key = randomUUID();
    const input = inputs[kind]();
    const answers = await Promise.all([1, 2, 3].map(() => create(kind, key, undefined, input)));
    for (const answer of answers) expect(answer.body.errors).toBeUndefined();
    const ids = new Set(answers.map((a) => a.body.data?.created.id));
    expect(ids.size).toBe(1);
    const retry = await create(kind, key, undefined, input);
    expect(retry.body.data?.created.id).toBe([...ids][0]);
    expect(await storedWith(kind, key)).toBe(1);
  });

  it('creates anew with another key, without a key, or for another caller with the same key', async () => {
    const key = randomUUID();
    const first = (await create(kind, key)).body.data?.created.id;
    const other = (await create(kind, randomUUID())).body.data?.created.id;
    const unkeyed = [
      (await create(kind, null)).body.data?.created.id,
      (await create(kind, null)).body.data?.created.id,
    ];
    const colleague = await withRole(platform, 'CITY_STAFF', kind === 'live' ? 'ansan' : 'suwon');
    const theirs = (await create(kind, key, colleague)).body.data?.created.id;
    expect(new Set([first, other, ...unkeyed, theirs]).size).toBe(5);
  });

  it('refuses an empty or over-long key, and changes nothing', async () => {
    for (const key of ['', 'k'.repeat(101)]) {
      const refused = await create(kind, key);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'idempotencyKey',
      });
      expect(refused.body.data).toBeNull();
    }
  });
});
