// The course row lock: every change to a course's seats, waitlist or applicants takes it first,
// so those changes happen one after another, in order.
import { eq } from 'drizzle-orm';
import { type CourseRow, courses } from '../db/schema.ts';
import type { CoursesDb } from './courses.ts';

/** Locks the course row until the end of the transaction; returns it as locked. */
export async function lockCourse(tx: CoursesDb, courseId: string): Promise<CourseRow | undefined> {
  const [row] = await tx.select().from(courses).where(eq(courses.id, courseId)).for('update');
  return row;
}
