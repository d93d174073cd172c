// The course row lock: every change to a course's seats, waitlist or applicants takes it first,
// so those changes happen one after another, in order.
import { sql } from 'drizzle-orm';
import type { CoursesDb } from './courses.ts';

/** Locks the course row until the end of the transaction. */
export async function lockCourse(tx: CoursesDb, courseId: string): Promise<void> {
  await tx.execute(sql`select 1 from courses.courses where id = ${courseId} for update`);
}
