// The data the page tests set up through the public API, as staff and residents would.
import { randomUUID } from 'node:crypto';
import { type TestAccount, withRole } from '../src/accounts.ts';
import type { Platform } from '../src/platform.ts';

const day = 86_400_000;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

/** The next given weekday (0 = Sunday) at hh:00 Korea time, at least two days away. */
export function nextWeekdayAt(weekday: number, hourKst: number): Date {
  const date = new Date(Date.now() + 2 * day);
  const kstDay = new Date(date.getTime() + 9 * 3_600_000).getUTCDay();
  date.setTime(date.getTime() + ((weekday - kstDay + 7) % 7) * day);
  const kst = new Date(date.getTime() + 9 * 3_600_000);
  return new Date(Date.UTC(kst.getUTCFullYear(), kst.getUTCMonth(), kst.getUTCDate(), hourKst - 9));
}

export interface CityCourse {
  id: string;
  titleKo: string;
  titleEn: string;
  searchWord: string;
  dong: string;
  staff: TestAccount;
}

/**
 * A first-come course of `cityId` for its residents only, one seat, Tuesday evenings at a
 * neighbourhood venue: the resident's journey from finding it to holding a seat.
 */
export async function oneSeatCourse(platform: Platform, cityId: string, dong: string): Promise<CityCourse> {
  const staff = await withRole(platform, 'CITY_STAFF', cityId);
  const tag = randomUUID().slice(0, 6);
  const venue = await platform.query<{ createVenue: { id: string } }>(
    'mutation ($input: CreateVenueInput!) { createVenue(input: $input) { id } }',
    {
      input: {
        cityId,
        name: `${dong} 주민 배움터`,
        kind: 'NEIGHBORHOOD_CENTER',
        address: `${dong}로 12`,
        dong,
      },
    },
    staff.auth,
  );
  if (!venue.body.data) throw new Error(JSON.stringify(venue.body.errors));
  const searchWord = `도예${tag}`;
  const titleKo = `생활 ${searchWord} 교실`;
  const titleEn = `Everyday pottery ${tag}`;
  const firstStart = nextWeekdayAt(2, 19);
  const sessions = [0, 1, 2].map((week) => {
    const startsAt = new Date(firstStart.getTime() + week * 7 * day);
    return {
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    };
  });
  const created = await platform.query<{ createCourse: { id: string } }>(
    'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
    {
      input: {
        cityId,
        titleKo,
        titleEn,
        descriptionKo: '흙으로 그릇을 빚어 봅니다. 재료는 준비되어 있습니다.',
        descriptionEn: 'Shape your own bowls from clay. Materials are provided.',
        category: 'CULTURE_ARTS',
        format: 'OFFLINE',
        venueId: venue.body.data.createVenue.id,
        capacity: 1,
        selection: 'FIRST_COME',
        eligibility: 'CITY_RESIDENTS',
        applicationOpensAt: iso(-day),
        applicationClosesAt: iso(day),
        sessions,
      },
    },
    staff.auth,
  );
  if (!created.body.data) throw new Error(JSON.stringify(created.body.errors));
  const id = created.body.data.createCourse.id;
  const published = await platform.query(
    'mutation ($id: ID!) { publishCourse(id: $id) { status } }',
    { id },
    staff.auth,
  );
  if (published.body.errors) throw new Error(JSON.stringify(published.body.errors));
  return { id, titleKo, titleEn, searchWord, dong, staff };
}

export async function applyAs(platform: Platform, learner: TestAccount, courseId: string) {
  const answer = await platform.query<{ applyToCourse: { id: string; status: string } }>(
    'mutation ($c: ID!) { applyToCourse(courseId: $c) { id status } }',
    { c: courseId },
    learner.auth,
  );
  if (!answer.body.data) throw new Error(JSON.stringify(answer.body.errors));
  return answer.body.data.applyToCourse;
}

export async function cancelAs(platform: Platform, learner: TestAccount, enrollmentId: string) {
  const answer = await platform.query<{ cancelEnrollment: { status: string } }>(
    'mutation ($e: ID!) { cancelEnrollment(enrollmentId: $e) { status } }',
    { e: enrollmentId },
    learner.auth,
  );
  if (!answer.body.data) throw new Error(JSON.stringify(answer.body.errors));
  return answer.body.data.cancelEnrollment;
}
