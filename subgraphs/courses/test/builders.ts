// A small seed builder for courses tests: every test makes its own data.
import { randomUUID } from 'node:crypto';
import { inTenant } from '@baeumteo/server';
import { type ClassSessionRow, type CourseRow, classSessions, courses, venues } from '../src/db/schema.ts';
import type { CoursesDb } from '../src/repo/courses.ts';

const hour = 3_600_000;
const day = 24 * hour;

export function builder(db: CoursesDb) {
  return {
    async venue(cityId: string, name = `${cityId} 평생학습관`) {
      const [row] = await inTenant(db, '*', (tx) =>
        tx
          .insert(venues)
          .values({ cityId, name, kind: 'LEARNING_CENTER', address: `${cityId} 중앙로 1` })
          .returning(),
      );
      return row!;
    },
    /** An OPEN course accepting applications now, with weekly two-hour sessions. */
    async course(overrides: Partial<CourseRow> & { cityId: string; sessionCount?: number }) {
      const now = Date.now();
      const sessionCount = overrides.sessionCount ?? 3;
      const firstStart = new Date(now + 10 * day);
      const sessions = Array.from({ length: sessionCount }, (_, i) => ({
        startsAt: new Date(firstStart.getTime() + i * 7 * day),
        endsAt: new Date(firstStart.getTime() + i * 7 * day + 2 * hour),
      }));
      const { sessionCount: _n, ...fields } = overrides;
      const [course] = await inTenant(db, '*', (tx) =>
        tx
          .insert(courses)
          .values({
            id: randomUUID(),
            titleKo: '시험 강좌',
            titleEn: 'Test course',
            descriptionKo: '시험용 강좌입니다.',
            category: 'HUMANITIES',
            format: 'OFFLINE',
            capacity: 20,
            selection: 'FIRST_COME',
            eligibility: 'ANYONE',
            applicationOpensAt: new Date(now - day),
            applicationClosesAt: new Date(now + 5 * day),
            startsAt: sessions[0]!.startsAt,
            endsAt: sessions.at(-1)!.endsAt,
            status: 'OPEN',
            ...fields,
          })
          .returning(),
      );
      const sessionRows: ClassSessionRow[] = await inTenant(db, '*', (tx) =>
        tx
          .insert(classSessions)
          .values(sessions.map((s) => ({ ...s, courseId: course!.id, format: course!.format })))
          .returning(),
      );
      return { course: course!, sessions: sessionRows };
    },
  };
}
