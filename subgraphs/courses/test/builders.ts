// A small seed builder for courses tests: every test makes its own data.
import { randomUUID } from 'node:crypto';
import { inTenant } from '@baeumteo/server';
import { type ClassSessionRow, type CourseRow, classSessions, courses, venues } from '../src/db/schema.ts';
import type { CoursesDb } from '../src/repo/courses.ts';

const hour = 3_600_000;
const day = 24 * hour;

export function builder(db: CoursesDb) {
  return {
    async venue(cityId: string, name = `${cityId} 평생학습관`, dong: string | null = null) {
      const [row] = await inTenant(db, '*', (tx) =>
        tx
          .insert(venues)
          .values({ cityId, name, kind: 'LEARNING_CENTER', address: `${cityId} 중앙로 1`, dong })
          .returning(),
      );
      return row!;
    },
    /**
     * An OPEN course accepting applications now, with weekly two-hour sessions, or two-hour
     * sessions starting at `sessionStarts`.
     */
    async course(
      overrides: Partial<CourseRow> & { cityId: string; sessionCount?: number; sessionStarts?: Date[] },
    ) {
      const now = Date.now();
      const sessionCount = overrides.sessionCount ?? 3;
      const firstStart = new Date(now + 10 * day);
      const starts =
        overrides.sessionStarts ??
        Array.from({ length: sessionCount }, (_, i) => new Date(firstStart.getTime() + i * 7 * day));
      const sessions = starts.map((startsAt) => ({
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * hour),
      }));
      const { sessionCount: _n, sessionStarts: _s, ...fields } = overrides;
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
