// A batch of the notice stream from a producer: contacts kept, each notice stored once as a
// notification with one delivery per channel it can go by and its learner let it go by, held for
// the night where it may wait. One transaction: a batch is taken whole or, when the database fails, not at all (the
// producer's relay sends it again).
import { type Contact, type Notice, type NoticeProducer, parseNotice } from '@baeumteo/contracts';
import type { Database } from '@baeumteo/server';
import type { ChannelName } from '../channels/channel.ts';
import type { tables } from '../db/schema.ts';
import { factsOf } from '../messages/facts.ts';
import { type NewDelivery, noticesRepo } from '../repo/notices.ts';
import { defaultQuietHours, type QuietHours, sendableAt } from '../rules/nightHold.ts';
import { channelsFor } from '../rules/preferences.ts';

export interface IntakeResult {
  stored: number;
  duplicates: number;
  contacts: number;
  rejected: string[];
}

export async function takeNotices(
  database: Database<typeof tables>,
  batch: readonly unknown[],
  channels: readonly ChannelName[],
  now = new Date(),
  source: NoticeProducer = 'learners',
  quietHours: QuietHours | null = defaultQuietHours,
): Promise<IntakeResult> {
  const notices: Notice[] = [];
  const contactRows: Contact[] = [];
  const rejected: string[] = [];
  for (const raw of batch) {
    const parsed = parseNotice(raw);
    if ('reason' in parsed) rejected.push(parsed.reason);
    else if ('contact' in parsed) {
      // Where a learner is reached is learners' to say, never another producer's.
      if (source === 'learners') contactRows.push(parsed.contact);
      else rejected.push(`a contact may come from learners only, not ${source}`);
    } else notices.push(parsed.notice);
  }
  const stored = await database.db.transaction(async (tx) => {
    const repo = noticesRepo(tx);
    await repo.upsertContacts(contactRows);
    const fresh = await repo.insertNew(
      notices.map((n) => ({
        id: n.id,
        learnerId: n.learnerId,
        cityId: n.cityId,
        kind: n.kind,
        courseId: 'course' in n ? n.course.id : null,
        facts: factsOf(n),
        occurredAt: new Date(n.occurredAt),
        createdAt: now,
      })),
    );
    const learners = [...new Set(fresh.map((n) => n.learnerId))];
    const withPhones = channels.includes('KAKAO') ? await repo.withPhones(learners) : new Set<string>();
    const muted = await repo.mutedOf(learners);
    const planned: NewDelivery[] = fresh.flatMap((n) =>
      channelsFor(n.kind, channels, withPhones.has(n.learnerId), muted.get(n.learnerId)).map((channel) => ({
        notificationId: n.id,
        channel,
        dueAt: sendableAt(n.kind, now, quietHours),
      })),
    );
    await repo.addDeliveries(planned);
    return fresh.length;
  });
  return { stored, duplicates: notices.length - stored, contacts: contactRows.length, rejected };
}
