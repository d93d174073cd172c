// Seeds the demo venues and courses (with their sessions) of the 31 cities. Idempotent:
// rows that exist are left as they are.
import { generateCatalog } from '@baeumteo/catalog';
import { chunks, inTenant, seedDay } from '@baeumteo/server';
import { classSessions, courses, venues } from '../db/schema.ts';
import type { CoursesDb } from '../repo/courses.ts';

export async function seedCatalog(db: CoursesDb, now = new Date()) {
  const catalog = generateCatalog({ now: seedDay(now) });
  const sessionRows = catalog.courses.flatMap((course) =>
    course.sessions.map((session, i) => ({
      id: session.id,
      courseId: course.id,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      // A blended course alternates classroom and online sessions.
      format: course.format === 'BLENDED' ? (i % 2 === 0 ? 'OFFLINE' : 'ONLINE') : course.format,
    })),
  );
  await inTenant(db, '*', async (tx) => {
    for (const batch of chunks(catalog.venues)) await tx.insert(venues).values(batch).onConflictDoNothing();
    for (const batch of chunks(catalog.courses)) {
      const rows = batch.map(({ sessions, ...course }) => ({
        ...course,
        startsAt: sessions[0]?.startsAt ?? course.applicationClosesAt,
        endsAt: sessions.at(-1)?.endsAt ?? course.applicationClosesAt,
      }));
      await tx.insert(courses).values(rows).onConflictDoNothing();
    }
    for (const batch of chunks(sessionRows))
      await tx.insert(classSessions).values(batch).onConflictDoNothing();
  });
  return { venues: catalog.venues.length, courses: catalog.courses.length, sessions: sessionRows.length };
}
