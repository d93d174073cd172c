// What the staff and admin pages need beyond the earlier API, through the gateway: a province admin
// finds a person by email (case-insensitively, logged on the person's access log; nobody else
// may), and city staff edit their venues (another city's venue is not found, bad input names its
// field and changes nothing, simultaneous edits all land on one consistent venue).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount, withRole } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let admin: TestAccount;
let staff: TestAccount;
let otherStaff: TestAccount;
let resident: TestAccount;

beforeAll(async () => {
  platform = await startPlatform();
  [admin, staff, otherStaff, resident] = await Promise.all([
    withRole(platform, 'PROVINCE_ADMIN', null),
    withRole(platform, 'CITY_STAFF', 'siheung'),
    withRole(platform, 'CITY_STAFF', 'seongnam'),
    signUp(platform, { residenceCityId: 'siheung', displayName: '찾을 사람' }),
  ]);
});
afterAll(() => platform?.stop());

const findQuery =
  'query ($e: String!) { learnerByEmail(email: $e) { id displayName email residence { id } roles { role } } }';
type Found = { id: string; displayName: string; email: string; residence: { id: string } } | null;

describe('learnerByEmail', () => {
  it('finds an account by its email in any case, for province admins, and logs the lookup', async () => {
    const { body } = await platform.query<{ learnerByEmail: Found }>(
      findQuery,
      { e: `  ${resident.email.toUpperCase()} ` },
      admin.auth,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.learnerByEmail).toMatchObject({
      id: resident.id,
      displayName: '찾을 사람',
      email: resident.email,
      residence: { id: 'siheung' },
    });
    const mutationLog = await platform.query<{ exportMyData: { accessLog: Array<Record<string, unknown>> } }>(
      'mutation { exportMyData { accessLog { action actorId actorRole } } }',
      {},
      resident.auth,
    );
    expect(mutationLog.body.data?.exportMyData.accessLog).toContainEqual({
      action: 'FIND_BY_EMAIL',
      actorId: admin.id,
      actorRole: 'PROVINCE_ADMIN',
    });
  });

  it('answers null for an unknown email and a field error for something that is not one', async () => {
    const unknown = await platform.query<{ learnerByEmail: Found }>(
      findQuery,
      { e: `nobody-${randomUUID()}@example.kr` },
      admin.auth,
    );
    expect(unknown.body).toEqual({ data: { learnerByEmail: null } });
    const bad = await platform.query(findQuery, { e: 'not an email' }, admin.auth);
    expect(bad.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('is refused to city staff, residents and guests', async () => {
    for (const [who, code] of [
      [staff, 'FORBIDDEN'],
      [resident, 'FORBIDDEN'],
      [null, 'UNAUTHENTICATED'],
    ] as const) {
      const { body } = await platform.query(findQuery, { e: resident.email }, who?.auth);
      expect(body.errors?.[0]?.extensions?.code).toBe(code);
      expect(body.data?.learnerByEmail ?? null).toBeNull();
    }
  });
});

const venueFields = 'id name kind address dong city { id }';
const updateMutation = `mutation ($id: ID!, $i: UpdateVenueInput!) { updateVenue(id: $id, input: $i) { ${venueFields} } }`;
type Venue = { id: string; name: string; kind: string; address: string; dong: string | null };

async function newVenue(): Promise<Venue> {
  const { body } = await platform.query<{ createVenue: Venue }>(
    `mutation ($i: CreateVenueInput!) { createVenue(input: $i) { ${venueFields} } }`,
    {
      i: {
        cityId: 'siheung',
        name: '정왕동 주민 배움터',
        kind: 'NEIGHBORHOOD_CENTER',
        address: '정왕대로 1',
        dong: '정왕동',
      },
    },
    staff.auth,
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.createVenue;
}

/** As Siheung's staff read them: an anonymous read may be up to a second old (the gateway's response cache). */
async function venuesOfSiheung(): Promise<Venue[]> {
  const { body } = await platform.query<{ city: { venues: Venue[] } }>(
    `query { city(id: "siheung") { venues { ${venueFields} } } }`,
    {},
    staff.auth,
  );
  return body.data?.city.venues ?? [];
}

describe('updateVenue', () => {
  it("lets the city's staff change a venue's fields, keeping those left out", async () => {
    const venue = await newVenue();
    const { body } = await platform.query<{ updateVenue: Venue }>(
      updateMutation,
      { id: venue.id, i: { address: ' 정왕대로 233 ', kind: 'LIBRARY' } },
      staff.auth,
    );
    expect(body.data?.updateVenue).toMatchObject({
      id: venue.id,
      name: '정왕동 주민 배움터',
      kind: 'LIBRARY',
      address: '정왕대로 233',
      dong: '정왕동',
    });
    const cleared = await platform.query<{ updateVenue: Venue }>(
      updateMutation,
      { id: venue.id, i: { dong: '' } },
      admin.auth,
    );
    expect(cleared.body.data?.updateVenue.dong).toBeNull();
    expect((await venuesOfSiheung()).find((v) => v.id === venue.id)).toMatchObject({
      address: '정왕대로 233',
      dong: null,
    });
  });

  it("answers NOT_FOUND to another city's staff and a field error for bad input, changing nothing", async () => {
    const venue = await newVenue();
    const foreign = await platform.query(
      updateMutation,
      { id: venue.id, i: { name: '남의 것' } },
      otherStaff.auth,
    );
    expect(foreign.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const byResident = await platform.query(
      updateMutation,
      { id: venue.id, i: { name: 'x' } },
      resident.auth,
    );
    expect(byResident.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const [input, field] of [
      [{ name: '   ' }, 'input.name'],
      [{ address: 'a'.repeat(301) }, 'input.address'],
      [{ dong: '동'.repeat(51) }, 'input.dong'],
    ] as const) {
      const { body } = await platform.query(updateMutation, { id: venue.id, i: input }, staff.auth);
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const missing = await platform.query(updateMutation, { id: randomUUID(), i: { name: 'x' } }, staff.auth);
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await venuesOfSiheung()).find((v) => v.id === venue.id)).toEqual(venue);
  });

  it('takes simultaneous edits one after another: the venue ends as one of them, whole', async () => {
    const venue = await newVenue();
    const edits = Array.from({ length: 5 }, (_, i) => ({ name: `배움터 ${i}`, address: `정왕대로 ${i}` }));
    const answers = await Promise.all(
      edits.map((i) =>
        platform.query<{ updateVenue: Venue }>(updateMutation, { id: venue.id, i }, staff.auth),
      ),
    );
    expect(answers.every((a) => a.body.errors === undefined)).toBe(true);
    const final = (await venuesOfSiheung()).find((v) => v.id === venue.id);
    expect(edits).toContainEqual({ name: final?.name, address: final?.address });
  });
});

const instructorsQuery = 'query ($c: ID!) { city(id: $c) { instructors { id displayName } } }';
type Listed = { city: { instructors: Array<{ id: string; displayName: string }> | null } };

async function instructorsOf(cityId: string, who: TestAccount | null) {
  const { body } = await platform.query<Listed>(instructorsQuery, { c: cityId }, who?.auth);
  expect(body.errors).toBeUndefined();
  return body.data?.city.instructors;
}

async function changeRole(verb: 'grantRole' | 'revokeRole', learnerId: string, by: TestAccount) {
  const { body } = await platform.query(
    `mutation ($id: ID!) { ${verb}(learnerId: $id, role: INSTRUCTOR, cityId: "siheung") { id } }`,
    { id: learnerId },
    by.auth,
  );
  expect(body.errors).toBeUndefined();
}

describe('City.instructors', () => {
  it("lists the city's instructors by name to its staff and province admins, null to anyone else", async () => {
    const [later, earlier] = await Promise.all([
      signUp(platform, { residenceCityId: 'siheung', displayName: `힣 강사 ${randomUUID().slice(0, 6)}` }),
      signUp(platform, { residenceCityId: 'suwon', displayName: `가 강사 ${randomUUID().slice(0, 6)}` }),
    ]);
    await changeRole('grantRole', later.id, staff);
    await changeRole('grantRole', earlier.id, admin);
    const listed = (await instructorsOf('siheung', staff)) ?? [];
    const ours = listed.filter((l) => l.id === later.id || l.id === earlier.id);
    expect(ours.map((l) => l.id)).toEqual([earlier.id, later.id]);
    expect((await instructorsOf('siheung', admin))?.map((l) => l.id)).toEqual(listed.map((l) => l.id));
    // Another city's staff, a resident, an instructor and a guest see no list.
    expect(await instructorsOf('siheung', otherStaff)).toBeNull();
    expect(await instructorsOf('seongnam', staff)).toBeNull();
    expect(await instructorsOf('siheung', resident)).toBeNull();
    expect(await instructorsOf('siheung', null)).toBeNull();
  });

  it('shows emails only as the email rules allow, and drops a revoked instructor', async () => {
    const instructor = await signUp(platform, { residenceCityId: 'siheung', displayName: '물러날 강사' });
    await changeRole('grantRole', instructor.id, staff);
    const withEmail = await platform.query<{
      city: { instructors: Array<{ id: string; email: string | null }> };
    }>('query { city(id: "siheung") { instructors { id email } } }', {}, staff.auth);
    expect(withEmail.body.errors).toBeUndefined();
    // This instructor applied to no course of siheung: its staff do not see their email.
    expect(withEmail.body.data?.city.instructors.find((l) => l.id === instructor.id)).toEqual({
      id: instructor.id,
      email: null,
    });
    await changeRole('revokeRole', instructor.id, staff);
    expect((await instructorsOf('siheung', staff))?.some((l) => l.id === instructor.id)).toBe(false);
  });
});
