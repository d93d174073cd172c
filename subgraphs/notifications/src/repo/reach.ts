// How far a course's messages got: per channel, how many of its learners a message reached, how
// many wait, how many could not be reached. Counted by learner, not by message: staff ask "did
// everyone hear", and one learner told five times is still one.
import type { Db } from '@baeumteo/server';
import { countDistinct, eq, sql } from 'drizzle-orm';
import type { ChannelName } from '../channels/channel.ts';
import { deliveries, notifications, type tables } from '../db/schema.ts';

export interface ChannelReach {
  channel: ChannelName;
  reached: number;
  pending: number;
  failed: number;
  skipped: number;
}

export interface CourseReach {
  /** The course's tenant, as its notices named it; null when nothing was sent about it yet. */
  cityId: string | null;
  learners: number;
  channels: ChannelReach[];
}

export function reachRepo(db: Db<typeof tables>) {
  return {
    async ofCourse(courseId: string): Promise<CourseReach> {
      const [told] = await db
        .select({
          cityId: sql<string | null>`min(${notifications.cityId})`,
          learners: countDistinct(notifications.learnerId),
        })
        .from(notifications)
        .where(eq(notifications.courseId, courseId));
      const rows = await db
        .select({
          channel: deliveries.channel,
          status: deliveries.status,
          learners: countDistinct(notifications.learnerId),
        })
        .from(notifications)
        .innerJoin(deliveries, eq(deliveries.notificationId, notifications.id))
        .where(eq(notifications.courseId, courseId))
        .groupBy(deliveries.channel, deliveries.status);
      const channels = (['EMAIL', 'KAKAO'] as const).map((channel) => {
        const of = (status: string) =>
          rows.find((r) => r.channel === channel && r.status === status)?.learners ?? 0;
        return {
          channel,
          reached: of('SENT'),
          pending: of('PENDING'),
          failed: of('DEAD'),
          skipped: of('SKIPPED'),
        };
      });
      return { cityId: told?.cityId ?? null, learners: told?.learners ?? 0, channels };
    },
  };
}
