// Academic management through the gateway, the attempts that must fail: applications that break
// the rules, staff of another city, bad courses, attendance by whoever may not take it (and an
// instructor taking their own course's).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AcademicSetup,
  academicSetup,
  courseSteps,
  iso,
  onlineDraft,
  sleepUntil,
} from '../src/academic.ts';
import { signUp, type TestAccount, withRole } from '../src/accounts.ts';
import { expectNoInternals } from '../src/leaks.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let staff: TestAccount; // CITY_STAFF of suwon
let otherStaff: TestAccount; // CITY_STAFF of seongnam
let setup: AcademicSetup;

beforeAll(async () => {
  platform = await startPlatform();
  setup = await academicSetup(platform);
  ({ staff, otherStaff } = setup);
});
afterAll(() => platform?.stop());

const { openCourse, apply } = courseSteps(() => setup);

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
