// The day-before reminder's data access: tomorrow's first sessions' seats not yet reminded of,
// taken a bounded batch at a time. One statement finds and marks a batch (FOR UPDATE SKIP
// LOCKED: two workers at once never take the same seat, and one that looked first at a row the
// other marked finds it marked), and the batch's notices are queued in the same transaction, with
// ids stable per seat and first-session start (the notice outbox keeps an id once).
import { inTenant, rowsOf } from '@baeumteo/server';
import { inArray, sql } from 'drizzle-orm';
import { courses } from '../db/schema.ts';
import { remindedStatuses, reminderNoticeId } from '../rules/reminders.ts';
import type { CoursesDb } from './courses.ts';
import { courseNotice, queueNotices } from './notices.ts';

const statuses = sql.raw(remindedStatuses.map((s) => `'${s}'`).join(', '));

export function remindersRepo(db: CoursesDb) {
  return {
    /**
     * Queues the reminders of at most `limit` seats of courses whose first session starts within
     * [from, until); resolves with how many it queued (fewer than `limit`: none is left).
     */
    remindBatch(window: { from: Date; until: Date }, limit: number, now = new Date()): Promise<number> {
      // Every city's seats at once: the province's tenant.
      return inTenant(db, '*', async (tx) => {
        const marked = rowsOf<{ learner_id: string; course_id: string }>(
          await tx.execute(sql`
            with due as (
              select e.id, c.starts_at
              from courses.courses c
              join courses.enrollments e
                on e.city_id = c.city_id and e.course_id = c.id and e.status = 'ENROLLED'
              where c.starts_at >= ${window.from.toISOString()}::timestamptz
                and c.starts_at < ${window.until.toISOString()}::timestamptz
                and c.status in (${statuses})
                and e.reminded_for is distinct from c.starts_at
              order by e.id
              limit ${limit}
              for update of e skip locked
            )
            update courses.enrollments e set reminded_for = due.starts_at
            from due where e.id = due.id
            returning e.learner_id, e.course_id`),
        );
        if (marked.length === 0) return 0;
        const ids = [...new Set(marked.map((m) => m.course_id))];
        const rows = await tx.select().from(courses).where(inArray(courses.id, ids));
        const byId = new Map(rows.map((c) => [c.id, c]));
        await queueNotices(
          tx,
          marked.flatMap((m) => {
            const course = byId.get(m.course_id);
            if (!course) return [];
            return [
              courseNotice(course, m.learner_id, now, 'SESSION_REMINDER', {
                id: reminderNoticeId(course.id, m.learner_id, course.startsAt),
                startsAt: course.startsAt.toISOString(),
              }),
            ];
          }),
        );
        return marked.length;
      });
    },
  };
}
