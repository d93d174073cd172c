// Academic management through the gateway: a staff member opens courses, residents apply,
// the lottery and approval flows, attendance, completion, and the attempts that must fail.
import { draw } from '@baeumteo/courses/lottery';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestAccount, withRole } from '../src/accounts.ts';
import { expectNoInternals } from '../src/leaks.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let staff: TestAccount; // CITY_STAFF of suwon
let otherStaff: TestAccount; // CITY_STAFF of seongnam
let venueId: string;

beforeAll(async () => {
  platform = await startPlatform();
  staff = await withRole(platform, 'CITY_STAFF', 'suwon');
  otherStaff = await withRole(platform, 'CITY_STAFF', 'seongnam');
  const venue = await platform.query<{ createVenue: { id: string } }>(
    'mutation { createVenue(input: { cityId: "suwon", name: "매탄동 평생학습실", kind: NEIGHBORHOOD_CENTER, address: "수원시 영통구 매탄로 1", dong: "매탄동" }) { id } }',
    {},
    staff.auth,
  );
  venueId = venue.body.data!.createVenue.id;
});
afterAll(() => platform?.stop());

const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
const sleepUntil = async (isoTime: string) => {
  const wait = Date.parse(isoTime) - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait + 50));
};

interface CourseOptions {
  capacity?: number;
  selection?: 'FIRST_COME' | 'LOTTERY' | 'APPROVAL';
  eligibility?: 'CITY_RESIDENTS' | 'PROVINCE_RESIDENTS' | 'ANYONE';
  closesInMs?: number;
  opensInMs?: number;
  cityId?: string;
  instructorIds?: string[];
}

/** Creates and publishes a course of Suwon whose applications close soon and whose first session follows. */
async function openCourse(options: CourseOptions = {}, by: TestAccount = staff) {
  const closesAt = iso(options.closesInMs ?? 60_000);
  const firstStart = new Date(Date.parse(closesAt) + 500);
  const input = {
    cityId: options.cityId ?? 'suwon',
    titleKo: '스마트폰 활용 교실',
    titleEn: 'Smartphone class',
    descriptionKo: '어르신을 위한 스마트폰 활용 교실입니다.',
    category: 'ADULT_LITERACY',
    format: 'OFFLINE',
    venueId,
    capacity: options.capacity ?? 2,
    selection: options.selection ?? 'FIRST_COME',
    eligibility: options.eligibility ?? 'ANYONE',
    applicationOpensAt: iso(options.opensInMs ?? -60_000),
    applicationClosesAt: closesAt,
    instructorIds: options.instructorIds ?? [],
    sessions: [
      {
        startsAt: firstStart.toISOString(),
        endsAt: new Date(firstStart.getTime() + 2 * 3_600_000).toISOString(),
      },
      { startsAt: iso(7 * 86_400_000), endsAt: iso(7 * 86_400_000 + 2 * 3_600_000) },
    ],
  };
  const created = await platform.query<{
    createCourse: { id: string; status: string; sessions: { id: string }[] };
  }>(
    'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id status sessions { id } } }',
    { input },
    by.auth,
  );
  if (!created.body.data) throw new Error(JSON.stringify(created.body.errors));
  expect(created.body.data.createCourse.status).toBe('DRAFT');
  const published = await platform.query<{ publishCourse: { status: string } }>(
    'mutation ($id: ID!) { publishCourse(id: $id) { status } }',
    { id: created.body.data.createCourse.id },
    by.auth,
  );
  expect(published.body.data?.publishCourse.status).toBe('OPEN');
  return {
    ...created.body.data.createCourse,
    closesAt: input.applicationClosesAt,
    firstStart: firstStart.toISOString(),
  };
}

/** The input of a small online course of Suwon, applications open for a minute. */
function onlineDraft(titleKo: string) {
  return {
    cityId: 'suwon',
    titleKo,
    descriptionKo: `${titleKo} 설명`,
    category: 'HUMANITIES',
    format: 'ONLINE',
    capacity: 5,
    selection: 'FIRST_COME',
    eligibility: 'ANYONE',
    applicationOpensAt: iso(-1000),
    applicationClosesAt: iso(60_000),
    sessions: [{ startsAt: iso(120_000), endsAt: iso(180_000) }],
  };
}

const applyMutation =
  'mutation ($c: ID!, $k: String) { applyToCourse(courseId: $c, idempotencyKey: $k) { id status waitlistPosition } }';
async function apply(learner: TestAccount, courseId: string, key?: string) {
  return platform.query<{ applyToCourse: { id: string; status: string; waitlistPosition: number | null } }>(
    applyMutation,
    { c: courseId, k: key ?? null },
    learner.auth,
  );
}

describe('a first-come course', () => {
  it('runs from application to completion, with every count right', async () => {
    const learners = await Promise.all(
      Array.from({ length: 5 }, () => signUp(platform, { residenceCityId: 'suwon' })),
    );
    const course = await openCourse({ capacity: 2, closesInMs: 5_000 });
    const applied = [];
    for (const learner of learners) applied.push((await apply(learner, course.id)).body.data!.applyToCourse);
    expect(applied.map((a) => [a.status, a.waitlistPosition])).toEqual([
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
      ['WAITLISTED', 3],
    ]);

    // The second enrolled learner cancels: the first waitlisted one takes the seat.
    const cancelled = await platform.query<{ cancelEnrollment: { status: string } }>(
      'mutation ($e: ID!) { cancelEnrollment(enrollmentId: $e) { status } }',
      { e: applied[1]!.id },
      learners[1]!.auth,
    );
    expect(cancelled.body.data?.cancelEnrollment.status).toBe('CANCELLED');
    const state = await platform.query<{
      course: {
        seatsTaken: number;
        seatsLeft: number;
        waitlistCount: number;
        enrollments: {
          totalCount: number;
          edges: { node: { status: string; waitlistPosition: number | null; learner: { email: string } } }[];
        };
      };
    }>(
      `query ($id: ID!) { course(id: $id) { seatsTaken seatsLeft waitlistCount
         enrollments(first: 10) { totalCount edges { node { status waitlistPosition learner { email } } } } } }`,
      { id: course.id },
      staff.auth,
    );
    const c = state.body.data!.course;
    expect([c.seatsTaken, c.seatsLeft, c.waitlistCount]).toEqual([2, 0, 2]);
    expect(c.enrollments.edges.map((e) => [e.node.status, e.node.waitlistPosition])).toEqual([
      ['ENROLLED', null],
      ['CANCELLED', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
    ]);
    // Staff of the course's city see the applicants' emails (they applied to this city's course).
    expect(c.enrollments.edges.map((e) => e.node.learner.email)).toEqual(learners.map((l) => l.email));

    // The first session starts; staff take the whole sheet in one call.
    await sleepUntil(course.firstStart);
    const enrolled = [learners[0]!, learners[2]!];
    const sheet = await platform.query<{ recordSessionAttendance: { attendanceRate: number }[] }>(
      'mutation ($s: ID!, $e: [AttendanceInput!]!) { recordSessionAttendance(sessionId: $s, entries: $e) { attendanceRate } }',
      {
        s: course.sessions[0]!.id,
        e: [
          { learnerId: enrolled[0]!.id, present: true },
          { learnerId: enrolled[1]!.id, present: false },
        ],
      },
      staff.auth,
    );
    expect(sheet.body.data?.recordSessionAttendance.map((e) => e.attendanceRate)).toEqual([1, 0]);

    const finished = await platform.query<{ finishCourse: { status: string } }>(
      'mutation ($id: ID!) { finishCourse(id: $id) { status } }',
      { id: course.id },
      staff.auth,
    );
    expect(finished.body.data?.finishCourse.status).toBe('FINISHED');
    const twice = await platform.query(
      'mutation ($id: ID!) { finishCourse(id: $id) { status } }',
      { id: course.id },
      staff.auth,
    );
    expect(twice.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const mine = async (learner: TestAccount) =>
      (
        await platform.query<{ me: { enrollments: { status: string; course: { id: string } }[] } }>(
          '{ me { enrollments { status course { id } } } }',
          {},
          learner.auth,
        )
      ).body.data!.me.enrollments.find((e) => e.course.id === course.id)?.status;
    expect(await mine(enrolled[0]!)).toBe('COMPLETED');
    expect(await mine(enrolled[1]!)).toBe('NOT_COMPLETED');
    expect(await mine(learners[3]!)).toBe('WAITLISTED');

    // Every state change waits in the outbox for the learning history.
    const events = await platform.services.courses.database.db.execute(
      `select verb, count(*)::int as n from courses.outbox where payload->>'courseId' = '${course.id}' group by verb order by verb`,
    );
    const counts = Object.fromEntries(
      (Array.isArray(events) ? events : (events as { rows: { verb: string; n: number }[] }).rows).map(
        (r: { verb: string; n: number }) => [r.verb, r.n],
      ),
    );
    expect(counts).toEqual({
      APPLIED: 5,
      ENROLLED: 3,
      WAITLISTED: 3,
      CANCELLED: 1,
      ATTENDED: 1,
      COMPLETED: 1,
      NOT_COMPLETED: 1,
    });
  });

  it('returns the same enrollment for a repeated application and for a repeated idempotency key', async () => {
    const course = await openCourse({ capacity: 5 });
    const learner = await signUp(platform);
    const first = (await apply(learner, course.id, 'key-1')).body.data!.applyToCourse;
    const retry = (await apply(learner, course.id, 'key-1')).body.data!.applyToCourse;
    const again = (await apply(learner, course.id)).body.data!.applyToCourse;
    expect(retry.id).toBe(first.id);
    expect(again.id).toBe(first.id);
    const other = await openCourse();
    const misuse = await apply(learner, other.id, 'key-1');
    expect(misuse.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('course management', () => {
  it('edits a course only while it is a draft', async () => {
    const created = await platform.query<{ createCourse: { id: string } }>(
      'mutation ($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
      { i: onlineDraft('초안 강좌') },
      staff.auth,
    );
    const id = created.body.data!.createCourse.id;
    const update = (input: Record<string, unknown>) =>
      platform.query<{
        updateCourse: { title: string; capacity: number; sessions: unknown[]; totalHours: number };
      }>(
        'mutation ($id: ID!, $i: UpdateCourseInput!) { updateCourse(id: $id, input: $i) { title capacity sessions { id } totalHours } }',
        { id, i: input },
        staff.auth,
      );
    const edited = await update({
      titleKo: '인문학 산책',
      capacity: 25,
      sessions: [
        { startsAt: iso(120_000), endsAt: iso(120_000 + 3_600_000) },
        { startsAt: iso(86_400_000), endsAt: iso(86_400_000 + 3_600_000) },
      ],
    });
    expect(edited.body.data?.updateCourse).toMatchObject({
      title: '인문학 산책',
      capacity: 25,
      totalHours: 2,
    });
    expect((await update({ capacity: 0 })).body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.capacity',
    });
    await platform.query('mutation ($id: ID!) { publishCourse(id: $id) { id } }', { id }, staff.auth);
    expect((await update({ capacity: 30 })).body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const again = await platform.query(
      'mutation ($id: ID!) { publishCourse(id: $id) { id } }',
      { id },
      staff.auth,
    );
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lists applicants page by page and by status', async () => {
    const course = await openCourse({ capacity: 1 });
    const learners = await Promise.all(Array.from({ length: 3 }, () => signUp(platform)));
    for (const learner of learners) await apply(learner, course.id);
    const page = (status: string | null, after: string | null) =>
      platform.query<{
        course: {
          enrollments: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { status: string } }[];
          };
        };
      }>(
        'query ($id: ID!, $s: EnrollmentStatus, $a: String) { course(id: $id) { enrollments(status: $s, first: 1, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { node { status } } } } }',
        { id: course.id, s: status, a: after },
        staff.auth,
      );
    const waitlisted = await page('WAITLISTED', null);
    expect(waitlisted.body.data?.course.enrollments.totalCount).toBe(2);
    expect(waitlisted.body.data?.course.enrollments.pageInfo.hasNextPage).toBe(true);
    const next = await page('WAITLISTED', waitlisted.body.data!.course.enrollments.pageInfo.endCursor);
    expect(next.body.data?.course.enrollments.edges.map((e) => e.node.status)).toEqual(['WAITLISTED']);
    expect(next.body.data?.course.enrollments.pageInfo.hasNextPage).toBe(false);
    expect((await page('ENROLLED', null)).body.data?.course.enrollments.totalCount).toBe(1);
  });
});

describe('a lottery course', () => {
  it('draws residents of the city first, reproducibly from the recorded seed', async () => {
    const residents = await Promise.all(
      Array.from({ length: 3 }, () => signUp(platform, { residenceCityId: 'suwon' })),
    );
    const others = await Promise.all(
      Array.from({ length: 3 }, () => signUp(platform, { residenceCityId: 'ansan' })),
    );
    const course = await openCourse({
      capacity: 3,
      selection: 'LOTTERY',
      eligibility: 'PROVINCE_RESIDENTS',
      closesInMs: 4_000,
    });
    for (const learner of [...others, ...residents]) {
      expect((await apply(learner, course.id)).body.data?.applyToCourse.status).toBe('PENDING');
    }
    const early = await platform.query(
      'mutation ($c: ID!) { drawLottery(courseId: $c) { id } }',
      { c: course.id },
      staff.auth,
    );
    expect(early.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await sleepUntil(course.closesAt);
    const drawn = await platform.query<{
      drawLottery: {
        lotterySeed: string;
        seatsTaken: number;
        enrollments: {
          edges: {
            node: { id: string; status: string; waitlistPosition: number | null; learner: { id: string } };
          }[];
        };
      };
    }>(
      `mutation ($c: ID!) { drawLottery(courseId: $c) { lotterySeed seatsTaken
         enrollments(first: 10) { edges { node { id status waitlistPosition learner { id } } } } } }`,
      { c: course.id },
      staff.auth,
    );
    const result = drawn.body.data!.drawLottery;
    expect(result.seatsTaken).toBe(3);
    const byLearner = new Map(result.enrollments.edges.map((e) => [e.node.learner.id, e.node]));
    expect(residents.every((r) => byLearner.get(r.id)?.status === 'ENROLLED')).toBe(true);
    expect(others.map((o) => byLearner.get(o.id)?.waitlistPosition).sort()).toEqual([1, 2, 3]);
    // Anyone can re-check the draw with the seed.
    const applicants = result.enrollments.edges.map((e) => ({
      id: e.node.id,
      residenceCityId: residents.some((r) => r.id === e.node.learner.id) ? 'suwon' : 'ansan',
    }));
    const order = draw(applicants, result.lotterySeed, 'suwon', true).map((a) => a.id);
    const waiting = [...result.enrollments.edges]
      .filter((e) => e.node.status === 'WAITLISTED')
      .sort((a, b) => a.node.waitlistPosition! - b.node.waitlistPosition!);
    expect(order.slice(3)).toEqual(waiting.map((e) => e.node.id));
    const again = await platform.query(
      'mutation ($c: ID!) { drawLottery(courseId: $c) { id } }',
      { c: course.id },
      staff.auth,
    );
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('an approval course', () => {
  it('enrolls whom staff approve, never past capacity', async () => {
    const course = await openCourse({ capacity: 1, selection: 'APPROVAL' });
    const [a, b] = [await signUp(platform), await signUp(platform)];
    const ea = (await apply(a, course.id)).body.data!.applyToCourse;
    const eb = (await apply(b, course.id)).body.data!.applyToCourse;
    expect([ea.status, eb.status]).toEqual(['PENDING', 'PENDING']);
    const decide = (id: string, approve: boolean, by = staff) =>
      platform.query<{ decideEnrollment: { status: string } }>(
        'mutation ($e: ID!, $a: Boolean!) { decideEnrollment(enrollmentId: $e, approve: $a) { status } }',
        { e: id, a: approve },
        by.auth,
      );
    expect((await decide(ea.id, true)).body.data?.decideEnrollment.status).toBe('ENROLLED');
    expect((await decide(eb.id, true)).body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await decide(eb.id, true, otherStaff)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await decide(eb.id, false)).body.data?.decideEnrollment.status).toBe('REJECTED');
  });
});

describe('bad input and other cities', () => {
  it('refuses applications that break the rules, changing nothing', async () => {
    const learner = await signUp(platform, { residenceCityId: 'ansan' });
    const notYet = await openCourse({ opensInMs: 3_600_000, closesInMs: 7_200_000 });
    const cityOnly = await openCourse({ eligibility: 'CITY_RESIDENTS' });
    const cancelled = await openCourse();
    await platform.query(
      'mutation ($id: ID!) { cancelCourse(id: $id) { status } }',
      { id: cancelled.id },
      staff.auth,
    );
    const draft = await platform.query<{ createCourse: { id: string } }>(
      'mutation ($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
      { i: onlineDraft('초안') },
      staff.auth,
    );
    const cases: [string, string][] = [
      [notYet.id, 'CONFLICT'],
      [cityOnly.id, 'BAD_USER_INPUT'],
      [cancelled.id, 'CONFLICT'],
      [draft.body.data!.createCourse.id, 'NOT_FOUND'],
      ['00000000-0000-4000-8000-000000000000', 'NOT_FOUND'],
    ];
    for (const [courseId, code] of cases) {
      const response = await apply(learner, courseId);
      expect(response.body.errors?.[0]?.extensions?.code, courseId).toBe(code);
      expectNoInternals(response);
    }
    const me = await platform.query<{ me: { enrollments: unknown[] } }>(
      '{ me { enrollments { id } } }',
      {},
      learner.auth,
    );
    expect(me.body.data?.me.enrollments).toEqual([]);
  });

  it('answers staff of another city as if the course did not exist', async () => {
    const course = await openCourse();
    for (const mutation of [
      'mutation ($id: ID!) { publishCourse(id: $id) { id } }',
      'mutation ($id: ID!) { finishCourse(id: $id) { id } }',
      'mutation ($id: ID!) { cancelCourse(id: $id) { id } }',
      'mutation ($id: ID!) { drawLottery(courseId: $id) { id } }',
    ]) {
      const other = await platform.query(mutation, { id: course.id }, otherStaff.auth);
      const missing = await platform.query(
        mutation,
        { id: '00000000-0000-4000-8000-000000000000' },
        otherStaff.auth,
      );
      expect(other.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(other.body.errors?.[0]?.message).toBe(missing.body.errors?.[0]?.message);
    }
    const applicants = await platform.query(
      'query ($id: ID!) { course(id: $id) { enrollments { totalCount } } }',
      { id: course.id },
      otherStaff.auth,
    );
    expect(applicants.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const create = await platform.query(
      'mutation { createVenue(input: { cityId: "suwon", name: "x", kind: LIBRARY, address: "y" }) { id } }',
      {},
      otherStaff.auth,
    );
    expect(create.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad courses with the field named', async () => {
    const base = onlineDraft('강좌');
    const cases: [Record<string, unknown>, string][] = [
      [{ capacity: 0 }, 'input.capacity'],
      [{ capacity: 100_000 }, 'input.capacity'],
      [{ sessions: [{ startsAt: iso(180_000), endsAt: iso(120_000) }] }, 'input.sessions[0].endsAt'],
      [{ format: 'OFFLINE' }, 'input.venueId'],
    ];
    for (const [change, field] of cases) {
      const response = await platform.query(
        'mutation ($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
        { i: { ...base, ...change } },
        staff.auth,
      );
      expect(response.body.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const otherCity = await platform.query(
      'mutation ($i: CreateCourseInput!) { createCourse(input: $i) { id } }',
      { i: base },
      otherStaff.auth,
    );
    expect(otherCity.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses attendance for a learner who is not enrolled, and from anyone but staff and instructors', async () => {
    const [enrolled, outsider] = [await signUp(platform), await signUp(platform)];
    const course = await openCourse({ closesInMs: 3_000 });
    await apply(enrolled, course.id);
    await sleepUntil(course.firstStart);
    const record = (learnerId: string, by: TestAccount) =>
      platform.query(
        'mutation ($s: ID!, $l: ID!) { recordAttendance(sessionId: $s, learnerId: $l, present: true) { id } }',
        {
          s: course.sessions[0]!.id,
          l: learnerId,
        },
        by.auth,
      );
    expect((await record(outsider.id, staff)).body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'learnerId',
    });
    expect((await record(enrolled.id, otherStaff)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await record(enrolled.id, enrolled)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await record(enrolled.id, staff)).body.errors).toBeUndefined();
  });

  it('lets a course instructor take attendance of their course only', async () => {
    const instructor = await withRole(platform, 'INSTRUCTOR', 'suwon');
    const learner = await signUp(platform);
    const theirs = await openCourse({ closesInMs: 3_000, instructorIds: [instructor.id] });
    const notTheirs = await openCourse({ closesInMs: 3_000 });
    await apply(learner, theirs.id);
    await apply(learner, notTheirs.id);
    await sleepUntil(notTheirs.firstStart);
    const record = (course: typeof theirs) =>
      platform.query<{ recordAttendance: { attendanceRate: number } }>(
        'mutation ($s: ID!, $l: ID!) { recordAttendance(sessionId: $s, learnerId: $l, present: true) { attendanceRate } }',
        { s: course.sessions[0]!.id, l: learner.id },
        instructor.auth,
      );
    const recorded = await record(theirs);
    expect(recorded.body.errors).toBeUndefined();
    expect(recorded.body.data?.recordAttendance.attendanceRate).toBe(1);
    expect((await record(notTheirs)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const applicants = await platform.query<{ course: { enrollments: { totalCount: number } } }>(
      'query ($id: ID!) { course(id: $id) { enrollments { totalCount } } }',
      { id: theirs.id },
      instructor.auth,
    );
    expect(applicants.body.data?.course.enrollments.totalCount).toBe(1);
    const finish = await platform.query(
      'mutation ($id: ID!) { finishCourse(id: $id) { id } }',
      { id: theirs.id },
      instructor.auth,
    );
    expect(finish.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
