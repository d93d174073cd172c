// Academic management through the gateway, course management: a course is edited only while it
// is a draft, and staff list its applicants page by page and by status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps, iso, onlineDraft } from '../src/academic.ts';
import { signUp, type TestAccount } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let staff: TestAccount; // CITY_STAFF of suwon
let setup: AcademicSetup;

beforeAll(async () => {
  platform = await startPlatform();
  setup = await academicSetup(platform);
  ({ staff } = setup);
});
afterAll(() => platform?.stop());

const { openCourse, apply } = courseSteps(() => setup);

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
