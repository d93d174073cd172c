// The access table of DESIGN.md, row by row, through the gateway: what each actor may do, and
// the attempts that must fail.
import { inTenant } from '@baeumteo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, signIn, signUp, type TestAccount, withRole } from '../src/accounts.ts';
import { expectNoInternals } from '../src/leaks.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
beforeAll(async () => {
  platform = await startPlatform();
});
afterAll(() => platform?.stop());

const grant =
  'mutation ($id: ID!, $role: Role!, $city: ID) { grantRole(learnerId: $id, role: $role, cityId: $city) { id } }';
const grantAndRead = (fields: string) =>
  `mutation ($id: ID!, $city: ID) { grantRole(learnerId: $id, role: INSTRUCTOR, cityId: $city) { id ${fields} } }`;

/** Records that the learner applied to a course of the city (applyToCourse comes with academic management). */
async function appliedIn(learner: TestAccount, cityId: string): Promise<void> {
  const courses = await platform.query<{ courses: { edges: { node: { id: string } }[] } }>(
    'query ($c: ID) { courses(filter: { cityId: $c }, first: 1) { edges { node { id } } } }',
    { c: cityId },
  );
  const courseId = courses.body.data!.courses.edges[0]!.node.id;
  const db = platform.services.courses.database.db;
  await inTenant(db, cityId, (tx) =>
    tx.execute(
      `insert into courses.enrollments (city_id, course_id, learner_id, status) values ('${cityId}', '${courseId}', '${learner.id}', 'PENDING')`,
    ),
  );
}

describe('anonymous', () => {
  it('reads the catalog and verifies certificates, and sees no person', async () => {
    const response = await platform.query<{
      me: null;
      cities: unknown[];
      verifyCertificate: { valid: boolean };
    }>(
      '{ me { id } cities { id } courses(first: 1) { totalCount } contents(first: 1) { totalCount } learningPaths { id } verifyCertificate(number: "GG-2026-41390-000001") { valid } }',
    );
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?.me).toBeNull();
    expect(response.body.data?.cities).toHaveLength(32);
  });

  it('cannot act on an account', async () => {
    for (const mutation of [
      'mutation { moveResidence(cityId: "suwon") { id } }',
      'mutation { exportMyData { exportedAt } }',
      'mutation { deleteMyAccount(password: "whatever-password") }',
      'mutation { grantRole(learnerId: "00000000-0000-4000-8000-000000000000", role: ANALYST) { id } }',
    ]) {
      const response = await platform.query(mutation);
      expect(response.body.errors?.[0]?.extensions?.code, mutation).toBe('UNAUTHENTICATED');
      expectNoInternals(response);
    }
  });
});

describe('resident', () => {
  it('sees their own email, history and roles', async () => {
    const learner = await signUp(platform);
    const me = await platform.query<{ me: { email: string; roles: { role: string }[] } }>(
      '{ me { email roles { role } residenceHistory { city { id } } } }',
      {},
      learner.auth,
    );
    expect(me.body.data?.me.email).toBe(learner.email);
    expect(me.body.data?.me.roles).toEqual([{ role: 'RESIDENT' }]);
  });

  it("cannot reach another person's data through any path, _entities included", async () => {
    const [alice, bob] = [await signUp(platform), await signUp(platform)];
    const entities = await platform.query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Learner { email } } }',
      { r: [{ __typename: 'Learner', id: bob.id }] },
      alice.auth,
    );
    expect(entities.status).toBe(400);
    expect(entities.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const granted = await platform.query(
      grant,
      { id: bob.id, role: 'INSTRUCTOR', city: 'siheung' },
      alice.auth,
    );
    expect(granted.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const me = await platform.query<{ me: { id: string } }>('{ me { id } }', {}, alice.auth);
    expect(me.body.data?.me.id).toBe(alice.id);
  });

  it('cannot make themself admin', async () => {
    const learner = await signUp(platform);
    const response = await platform.query(
      grant,
      { id: learner.id, role: 'PROVINCE_ADMIN', city: null },
      learner.auth,
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('city staff', () => {
  let suwonStaff: TestAccount;
  let seongnamStaff: TestAccount;
  beforeAll(async () => {
    suwonStaff = await withRole(platform, 'CITY_STAFF', 'suwon');
    seongnamStaff = await withRole(platform, 'CITY_STAFF', 'seongnam');
  });

  it('grants INSTRUCTOR in their own city, not in another, and nothing else', async () => {
    const learner = await signUp(platform);
    const own = await platform.query(
      grant,
      { id: learner.id, role: 'INSTRUCTOR', city: 'suwon' },
      suwonStaff.auth,
    );
    expect(own.body.errors).toBeUndefined();
    for (const [role, city] of [
      ['INSTRUCTOR', 'seongnam'],
      ['CITY_STAFF', 'suwon'],
      ['ANALYST', null],
      ['PROVINCE_ADMIN', null],
    ]) {
      const refused = await platform.query(grant, { id: learner.id, role, city }, suwonStaff.auth);
      expect(refused.body.errors?.[0]?.extensions?.code, `${role} ${city}`).toBe('FORBIDDEN');
    }
    const again = await signIn(platform, learner.email, learner.password);
    const roles = await platform.query<{ me: { roles: { role: string; city: { id: string } | null }[] } }>(
      '{ me { roles { role city { id } } } }',
      {},
      again.auth,
    );
    expect(roles.body.data?.me.roles).toEqual([
      { role: 'RESIDENT', city: null },
      { role: 'INSTRUCTOR', city: { id: 'suwon' } },
    ]);
  });

  it("sees the email of a learner who applied to their city's course, and that read is logged", async () => {
    const learner = await signUp(platform);
    await appliedIn(learner, 'suwon');
    const read = await platform.query<{ grantRole: { email: string | null } }>(
      grantAndRead('email'),
      { id: learner.id, city: 'suwon' },
      suwonStaff.auth,
    );
    expect(read.body.data?.grantRole.email).toBe(learner.email);
    const exported = await platform.query<{
      exportMyData: { accessLog: { action: string; actorId: string; actorRole: string }[] };
    }>('mutation { exportMyData { accessLog { action actorId actorRole } } }', {}, learner.auth);
    expect(exported.body.data?.exportMyData.accessLog).toContainEqual({
      action: 'READ_EMAIL',
      actorId: suwonStaff.id,
      actorRole: 'CITY_STAFF',
    });
  });

  it('sees no email of a learner who applied only in another city', async () => {
    const learner = await signUp(platform);
    await appliedIn(learner, 'suwon');
    const read = await platform.query<{ grantRole: { email: string | null } }>(
      grantAndRead('email'),
      { id: learner.id, city: 'seongnam' },
      seongnamStaff.auth,
    );
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.grantRole.email).toBeNull();
  });

  it("cannot read a learner's residence history or roles", async () => {
    const learner = await signUp(platform);
    for (const fields of ['residenceHistory { from }', 'roles { role }']) {
      const read = await platform.query(
        grantAndRead(fields),
        { id: learner.id, city: 'suwon' },
        suwonStaff.auth,
      );
      expect(read.body.errors?.[0]?.extensions?.code, fields).toBe('FORBIDDEN');
    }
  });

  it('the demo staff member works for two cities', async () => {
    const staff = await signIn(platform, demo.staff.email, demo.staff.password);
    const me = await platform.query<{ me: { roles: { role: string; city: { id: string } | null }[] } }>(
      '{ me { roles { role city { id } } } }',
      {},
      staff.auth,
    );
    expect(
      me.body.data?.me.roles
        .filter((r) => r.role === 'CITY_STAFF')
        .map((r) => r.city?.id)
        .sort(),
    ).toEqual(['siheung', 'suwon']);
  });
});

describe('instructor', () => {
  it('cannot grant roles, even in their own city', async () => {
    const instructor = await withRole(platform, 'INSTRUCTOR', 'suwon');
    const learner = await signUp(platform);
    const response = await platform.query(
      grant,
      { id: learner.id, role: 'INSTRUCTOR', city: 'suwon' },
      instructor.auth,
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('analyst', () => {
  it('sees no personal data and grants nothing', async () => {
    const analyst = await signIn(platform, demo.analyst.email, demo.analyst.password);
    const learner = await signUp(platform);
    await appliedIn(learner, 'suwon');
    const response = await platform.query(
      grant,
      { id: learner.id, role: 'INSTRUCTOR', city: 'suwon' },
      analyst.auth,
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('province admin', () => {
  it('grants any role and sees any email, residence history and roles, each read logged', async () => {
    const admin = await signIn(platform, demo.admin.email, demo.admin.password);
    const learner = await signUp(platform);
    const response = await platform.query<{
      grantRole: { email: string; roles: { role: string }[]; residenceHistory: unknown[] };
    }>(
      `mutation ($id: ID!) { grantRole(learnerId: $id, role: ANALYST) { email roles { role } residenceHistory { from } } }`,
      { id: learner.id },
      admin.auth,
    );
    expect(response.body.data?.grantRole).toMatchObject({
      email: learner.email,
      roles: [{ role: 'RESIDENT' }, { role: 'ANALYST' }],
    });
    const log = await platform.query<{
      exportMyData: { accessLog: { action: string; actorRole: string | null }[] };
    }>('mutation { exportMyData { accessLog { action actorRole } } }', {}, learner.auth);
    const actions = log.body
      .data!.exportMyData.accessLog.filter((e) => e.actorRole === 'PROVINCE_ADMIN')
      .map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['GRANT_ROLE:ANALYST', 'READ_EMAIL', 'READ_PROFILE']));
  });

  it('bad role grants are BAD_USER_INPUT or NOT_FOUND, and change nothing', async () => {
    const admin = await signIn(platform, demo.admin.email, demo.admin.password);
    const learner = await signUp(platform);
    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [{ id: learner.id, role: 'CITY_STAFF', city: null }, 'BAD_USER_INPUT', 'cityId'],
      [{ id: learner.id, role: 'ANALYST', city: 'suwon' }, 'BAD_USER_INPUT', 'cityId'],
      [{ id: learner.id, role: 'CITY_STAFF', city: 'atlantis' }, 'BAD_USER_INPUT', 'cityId'],
      [{ id: learner.id, role: 'RESIDENT', city: null }, 'BAD_USER_INPUT', 'role'],
      [{ id: '00000000-0000-4000-8000-000000000000', role: 'ANALYST', city: null }, 'NOT_FOUND', undefined],
      [{ id: 'not-an-id', role: 'ANALYST', city: null }, 'NOT_FOUND', undefined],
    ];
    for (const [variables, code, field] of cases) {
      const response = await platform.query(grant, variables, admin.auth);
      expect(response.body.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
      if (field) expect(response.body.errors?.[0]?.extensions?.field).toBe(field);
    }
    const again = await signIn(platform, learner.email, learner.password);
    const roles = await platform.query<{ me: { roles: unknown[] } }>(
      '{ me { roles { role } } }',
      {},
      again.auth,
    );
    expect(roles.body.data?.me.roles).toEqual([{ role: 'RESIDENT' }]);
  });
});
