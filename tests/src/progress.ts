// Simulated watching time for content progress: a report may advance only as far as playback at
// 2x since the previous one (content's rules/progress.ts), so a test that reports large jumps
// first lets the time pass, by moving the learner's pace back, instead of sleeping.
import { sql } from 'drizzle-orm';
import type { Platform } from './platform.ts';

/** `seconds` of wall clock pass for a learner in a content, as if they had been watching. */
export async function elapse(platform: Platform, learnerId: string, contentId: string, seconds: number) {
  await platform.services.content.database.db.execute(sql`
    insert into content.content_progress (learner_id, content_id, position_seconds, updated_at, paced_at)
    select ${learnerId}::uuid, c.id, 0, now(), now() - make_interval(secs => ${seconds})
    from content.contents c where c.id::text = ${contentId}
    on conflict (learner_id, content_id)
    do update set paced_at = content_progress.paced_at - make_interval(secs => ${seconds})`);
}
