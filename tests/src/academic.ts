// What the academic-management test files share: on a test file's own platform, Suwon's and
// Seongnam's city staff and a venue of Suwon, and the steps those tests repeat: opening a course,
// drafting an online one, applying, waiting for a session to start.
import { expect } from 'vitest';
import { type TestAccount, withRole } from './accounts.ts';
import type { Platform } from './platform.ts';

export const iso = (ms: number) => new Date(Date.now() + ms).toISOString();
export const sleepUntil = async (isoTime: string) => {
  const wait = Date.parse(isoTime) - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait + 50));
};

export interface AcademicSetup {
  platform: Platform;
  staff: TestAccount; // CITY_STAFF of suwon
  otherStaff: TestAccount; // CITY_STAFF of seongnam
  venueId: string;
}

/** The staff of two cities and a neighbourhood venue of Suwon, made on an already started platform. */
export async function academicSetup(platform: Platform): Promise<AcademicSetup> {
  const staff = await withRole(platform, 'CITY_STAFF', 'suwon');
  const otherStaff = await withRole(platform, 'CITY_STAFF', 'seongnam');
  const venue = await platform.query<{ createVenue: { id: string } }>(
    'mutation { createVenue(input: { cityId: "suwon", name: "매탄동 평생학습실", kind: NEIGHBORHOOD_CENTER, address: "수원시 영통구 매탄로 1", dong: "매탄동" }) { id } }',
    {},
    staff.auth,
  );
  return { platform, staff, otherStaff, venueId: venue.body.data!.createVenue.id };
}

export interface CourseOptions {
  capacity?: number;
  selection?: 'FIRST_COME' | 'LOTTERY' | 'APPROVAL';
  eligibility?: 'CITY_RESIDENTS' | 'PROVINCE_RESIDENTS' | 'ANYONE';
  closesInMs?: number;
  opensInMs?: number;
  cityId?: string;
  instructorIds?: string[];
}

/** The input of a small online course of Suwon, applications open for a minute. */
export function onlineDraft(titleKo: string) {
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

/** openCourse and apply on a test file's setup, which they read when called (after its beforeAll). */
export function courseSteps(setup: () => AcademicSetup) {
  /** Creates and publishes a course of Suwon whose applications close soon and whose first session follows. */
  async function openCourse(options: CourseOptions = {}, by: TestAccount = setup().staff) {
    const { platform, venueId } = setup();
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

  async function apply(learner: TestAccount, courseId: string, key?: string) {
    const { platform } = setup();
    return platform.query<{ applyToCourse: { id: string; status: string; waitlistPosition: number | null } }>(
      applyMutation,
      { c: courseId, k: key ?? null },
      learner.auth,
    );
  }

  return { openCourse, apply };
}
