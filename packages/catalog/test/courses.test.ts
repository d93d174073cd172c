// The generated courses: spread over cities and kinds, dates that agree with each status (also
// around KST midnight), realistic weekly sessions, venues and capacities, linked contents.
import { cities } from '@baeumteo/contracts';
import { describe, expect, it } from 'vitest';
import { type CourseSeed, generateCatalog } from '../src/index.ts';
import { CATEGORIES, catalog, NOW } from './fixtures.ts';

const FORMATS = ['OFFLINE', 'ONLINE', 'LIVE', 'BLENDED'];
const STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'IN_PROGRESS', 'FINISHED', 'CANCELLED'];
const SELECTIONS = ['FIRST_COME', 'LOTTERY', 'APPROVAL'];
const ELIGIBILITIES = ['CITY_RESIDENTS', 'PROVINCE_RESIDENTS', 'ANYONE'];
const HOUR = 3_600_000;

/** Returns a list of problems, empty when the course's dates agree with its status at `now`. */
function dateProblems(course: CourseSeed, now: Date): string[] {
  const problems: string[] = [];
  const t = now.getTime();
  const opens = course.applicationOpensAt.getTime();
  const closes = course.applicationClosesAt.getTime();
  const first = course.sessions[0];
  const last = course.sessions[course.sessions.length - 1];
  if (!first || !last) return ['no sessions'];
  const firstStart = first.startsAt.getTime();
  if (!(opens < closes)) problems.push('window opens after it closes');
  if (!(closes < firstStart)) problems.push('first session before the window closes');
  switch (course.status) {
    case 'OPEN':
      if (!(opens <= t && t < closes)) problems.push('OPEN but now is outside the window');
      break;
    case 'DRAFT':
      if (!(opens > t)) problems.push('DRAFT but the window has opened');
      break;
    case 'CLOSED':
      if (!(closes <= t && firstStart > t)) problems.push('CLOSED but window open or course started');
      break;
    case 'IN_PROGRESS':
      if (!(firstStart <= t && last.startsAt.getTime() > t)) problems.push('IN_PROGRESS but not running');
      break;
    case 'FINISHED':
      if (!(last.endsAt.getTime() <= t)) problems.push('FINISHED but sessions remain');
      break;
    case 'CANCELLED':
      break;
  }
  return problems.map((p) => `${course.id} (${course.status}): ${p}`);
}

describe('generateCatalog', () => {
  it('spreads courses over every city, category, format, status, selection and eligibility', () => {
    const courses = catalog.courses;
    expect(new Set(courses.map((c) => c.cityId))).toEqual(new Set(cities.map((c) => c.id)));
    expect(new Set(courses.map((c) => c.category))).toEqual(new Set(CATEGORIES));
    expect(new Set(courses.map((c) => c.format))).toEqual(new Set(FORMATS));
    expect(new Set(courses.map((c) => c.status))).toEqual(new Set(STATUSES));
    expect(new Set(courses.map((c) => c.selection))).toEqual(new Set(SELECTIONS));
    expect(new Set(courses.map((c) => c.eligibility))).toEqual(new Set(ELIGIBILITIES));

    for (const city of cities) {
      const own = courses.filter((c) => c.cityId === city.id);
      expect(own.length, city.id).toBeGreaterThanOrEqual(8);
      expect(own.filter((c) => c.status === 'OPEN').length, city.id).toBeGreaterThanOrEqual(3);
    }
    const count = (id: string) => courses.filter((c) => c.cityId === id).length;
    expect(count('suwon')).toBeGreaterThan(count('yeoncheon'));

    const open = courses.filter((c) => c.status === 'OPEN').length / courses.length;
    expect(open).toBeGreaterThan(0.3);
    expect(open).toBeLessThan(0.55);
    const formats = FORMATS.map((f) => courses.filter((c) => c.format === f).length);
    expect(Math.max(...formats)).toBe(formats[0]); // OFFLINE is the most common
  });

  it('has dates consistent with each status', () => {
    const problems = catalog.courses.flatMap((c) => dateProblems(c, NOW));
    expect(problems).toEqual([]);
  });

  it('stays consistent around KST midnight and for other seeds', () => {
    for (const [seed, now] of [
      [1, new Date('2026-03-15T14:59:59.999Z')], // 23:59:59 KST
      [2, new Date('2026-03-15T15:00:00.000Z')], // 00:00 KST
      [3, new Date('2025-12-31T22:30:00.000Z')],
    ] as const) {
      const other = generateCatalog({ seed, now });
      expect(other.courses.flatMap((c) => dateProblems(c, now))).toEqual([]);
      expect(new Set(other.courses.map((c) => c.status))).toEqual(new Set(STATUSES));
    }
  });

  it('schedules weekly sessions at realistic Korean times', () => {
    for (const course of catalog.courses) {
      expect(course.sessions.length).toBeGreaterThanOrEqual(4);
      expect(course.sessions.length).toBeLessThanOrEqual(12);
      let previous = Number.NEGATIVE_INFINITY;
      for (const session of course.sessions) {
        const start = session.startsAt.getTime();
        const minutes = (session.endsAt.getTime() - start) / 60_000;
        expect([90, 120, 180]).toContain(minutes);
        expect(start).toBeGreaterThan(previous);
        previous = start;
        const kstHour = new Date(start + 9 * HOUR).getUTCHours();
        expect(kstHour).toBeGreaterThanOrEqual(9);
        expect(kstHour).toBeLessThanOrEqual(20);
      }
    }
  });

  it('puts onsite courses in a venue of the same city and remote ones nowhere', () => {
    const venues = new Map(catalog.venues.map((v) => [v.id, v]));
    for (const course of catalog.courses) {
      if (course.format === 'OFFLINE' || course.format === 'BLENDED') {
        expect(course.venueId).not.toBeNull();
        expect(venues.get(course.venueId ?? '')?.cityId).toBe(course.cityId);
        expect(course.capacity).toBeGreaterThanOrEqual(10);
        expect(course.capacity).toBeLessThanOrEqual(40);
      } else {
        expect(course.venueId).toBeNull();
        expect(course.capacity).toBeGreaterThanOrEqual(10);
        expect(course.capacity).toBeLessThanOrEqual(300);
      }
      expect([0.7, 0.8]).toContain(course.minAttendanceRate);
    }
  });

  it('links courses to existing contents of their topic', () => {
    const contents = new Map(catalog.contents.map((c) => [c.id, c]));
    for (const course of catalog.courses) {
      const n = course.contentIds.length;
      if (course.format === 'ONLINE' || course.format === 'BLENDED') {
        expect(n).toBeGreaterThanOrEqual(3);
        expect(n).toBeLessThanOrEqual(8);
      } else {
        expect(n).toBeLessThanOrEqual(2);
      }
      for (const id of course.contentIds) {
        const content = contents.get(id);
        expect(content).toBeDefined();
        expect(content?.category).toBe(course.category);
        expect(content?.titleKo.startsWith(course.titleKo.replace(/ \(.*\)$/, ''))).toBe(true);
      }
    }
  });
});
