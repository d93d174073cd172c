// A learner's choices about their messages: the rules, and what reaches their inbox once they
// chose (a kind turned off, another language, the unsubscribe link every email carries).
import type { Database } from '@baeumteo/server';
import { openTestDatabase } from '@baeumteo/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emailChannel } from '../src/channels/email.ts';
import { tables } from '../src/db/schema.ts';
import { type DispatchSettings, dispatchDue } from '../src/operations/dispatch.ts';
import { takeNotices } from '../src/operations/intake.ts';
import { preferencesRepo } from '../src/repo/preferences.ts';
import {
  channelsFor,
  choosableKinds,
  kindPreferences,
  mutedAfter,
  mutedAfterUnsubscribe,
} from '../src/rules/preferences.ts';
import { siteLinks } from '../src/rules/sites.ts';
import { migrationsFolder } from '../src/service.ts';
import { type SmtpInbox, startSmtpInbox } from '../src/testing/smtpInbox.ts';

describe('preference rules', () => {
  it('lets every kind but the account messages be chosen, each with the channels it goes by', () => {
    expect(choosableKinds).toContain('PROMOTED');
    expect(choosableKinds).not.toContain('PASSWORD_RESET');
    const kinds = kindPreferences(['PROMOTED:KAKAO']);
    expect(kinds.find((k) => k.kind === 'PROMOTED')).toEqual({
      kind: 'PROMOTED',
      channels: ['EMAIL'],
      timeCritical: false,
    });
    expect(kinds.find((k) => k.kind === 'LIVE_STARTING')?.timeCritical).toBe(true);
  });

  it('changes the kinds a change names and keeps the others', () => {
    const before = ['ENROLLED:EMAIL', 'PROMOTED:KAKAO'];
    expect(mutedAfter(before, { kinds: [{ kind: 'ENROLLED', channels: ['EMAIL', 'KAKAO'] }] })).toEqual([
      'PROMOTED:KAKAO',
    ]);
    expect(mutedAfter(before, { kinds: [{ kind: 'WAITLISTED', channels: [] }] })).toEqual([
      'ENROLLED:EMAIL',
      'PROMOTED:KAKAO',
      'WAITLISTED:EMAIL',
      'WAITLISTED:KAKAO',
    ]);
  });

  it('refuses to turn off an account message, and a kind given twice', () => {
    expect(() => mutedAfter([], { kinds: [{ kind: 'PASSWORD_RESET', channels: [] }] })).toThrow(
      /account message/,
    );
    expect(() => mutedAfterUnsubscribe([], 'VERIFY_EMAIL')).toThrow(/account message/);
    expect(() =>
      mutedAfter([], {
        kinds: [
          { kind: 'ENROLLED', channels: [] },
          { kind: 'ENROLLED', channels: ['EMAIL'] },
        ],
      }),
    ).toThrow(/more than once/);
  });

  it('unsubscribes from the email of one kind, or of every kind', () => {
    expect(mutedAfterUnsubscribe(['ENROLLED:KAKAO'], 'ENROLLED')).toEqual([
      'ENROLLED:EMAIL',
      'ENROLLED:KAKAO',
    ]);
    const all = mutedAfterUnsubscribe([], null);
    expect(all).toHaveLength(choosableKinds.length);
    expect(all.every((key) => key.endsWith(':EMAIL'))).toBe(true);
  });

  it('sends a kind only by the channels the learner left on; account messages by email whatever they chose', () => {
    expect(channelsFor('ENROLLED', ['EMAIL', 'KAKAO'], true, ['ENROLLED:EMAIL'])).toEqual(['KAKAO']);
    expect(channelsFor('ENROLLED', ['EMAIL', 'KAKAO'], false, [])).toEqual(['EMAIL']);
    expect(channelsFor('PASSWORD_RESET', ['EMAIL', 'KAKAO'], true, ['PASSWORD_RESET:EMAIL'])).toEqual([
      'EMAIL',
    ]);
  });
});

let seq = 0;
const uuid = () => `00000000-0000-4000-9000-${String(++seq).padStart(12, '0')}`;
const course = { id: uuid(), title: '도자기 공예', titleEn: 'Pottery' };
const clock = new Date('2027-05-11T03:00:00Z'); // noon in Korea

const contact = (learnerId: string, email: string) => ({
  id: uuid(),
  type: 'CONTACT',
  learnerId,
  cityId: 'suwon',
  name: '김도윤',
  email,
  emailVerified: true,
  locale: 'KO',
  occurredAt: clock.toISOString(),
});
const notice = (learnerId: string, kind: string, extra: Record<string, unknown> = {}) => ({
  id: uuid(),
  learnerId,
  cityId: 'suwon',
  occurredAt: clock.toISOString(),
  kind,
  course,
  ...extra,
});

describe('messages after a learner chose', () => {
  let database: Database<typeof tables>;
  let close: () => Promise<void>;
  let inbox: SmtpInbox;
  let settings: DispatchSettings;

  beforeAll(async () => {
    ({ database, close } = await openTestDatabase({
      name: 'notifications',
      schema: tables,
      migrationsFolder,
    }));
    inbox = await startSmtpInbox();
    settings = {
      channels: new Map([['EMAIL', emailChannel({ url: inbox.url, from: 'noreply@baeumteo.test' })]]),
      links: siteLinks('https://{city}.baeumteo.test'),
      now: () => clock,
    };
  });
  afterAll(async () => {
    await settings?.channels.get('EMAIL')?.close?.();
    await inbox?.stop();
    await close?.();
  });

  /** A batch from learners' stream, taken at noon with the night hold off. */
  const take = (batch: unknown[]) => takeNotices(database, batch, ['EMAIL'], clock, 'learners', null);
  const sendAll = async () => {
    while ((await dispatchDue(database, settings)).claimed > 0);
  };
  const mailTo = (address: string) =>
    inbox.messages.filter((m) => m.to && 'value' in m.to && m.to.value[0]?.address === address);

  it('carries an unsubscribe link that stops that kind of email, and only that kind', async () => {
    const learner = uuid();
    const address = 'doyun@example.test';
    await take([contact(learner, address), notice(learner, 'ENROLLED')]);
    await sendAll();
    const [mail] = mailTo(address);
    const link = /https:\/\/suwon\.baeumteo\.test\/unsubscribe\?token=([0-9a-f]{64})&kind=ENROLLED/.exec(
      mail?.text ?? '',
    );
    expect(link).not.toBeNull();
    // Folded as SMTP lines are: unfolded, it is the link.
    const header = mail?.headerLines.find((h) => h.key === 'list-unsubscribe')?.line.replace(/\r\n\s+/g, ' ');
    expect(header).toBe(`List-Unsubscribe: <${link![0]}>`);
    expect(mail?.html).toContain(link![0].replace('&', '&#38;'));

    // Followed without signing in: the token alone names the learner.
    const repo = preferencesRepo(database.db);
    const learnerId = await repo.learnerOfToken(link![1]!);
    expect(learnerId).toBe(learner);
    await repo.update(learner, (c) => ({ ...c, muted: mutedAfterUnsubscribe(c.muted, 'ENROLLED') }), clock);

    await take([notice(learner, 'ENROLLED'), notice(learner, 'WAITLISTED', { position: 2 })]);
    await sendAll();
    expect(mailTo(address).map((m) => m.subject)).toEqual([
      expect.stringContaining('[수강 확정]'),
      expect.stringContaining('[대기 등록]'),
    ]);
  });

  it('writes in the language the learner chose for their messages, not their account’s', async () => {
    const learner = uuid();
    const address = 'doyun.vi@example.test';
    await preferencesRepo(database.db).update(learner, (c) => ({ ...c, locale: 'VI' }), clock);
    await take([contact(learner, address), notice(learner, 'PROMOTED')]);
    await sendAll();
    const [mail] = mailTo(address);
    expect(mail?.subject).toContain('Pottery');
    expect(mail?.html).toContain('lang="vi-VN"');
  });

  it('skips a message whose kind was turned off after it was taken, and keeps simultaneous changes', async () => {
    const learner = uuid();
    const address = 'doyun.late@example.test';
    await take([contact(learner, address), notice(learner, 'COURSE_CANCELLED')]);
    const repo = preferencesRepo(database.db);
    // The preferences page and an unsubscribe link at once: both kinds end up off.
    await Promise.all([
      repo.update(
        learner,
        (c) => ({
          ...c,
          muted: mutedAfter(c.muted, { kinds: [{ kind: 'COURSE_CANCELLED', channels: [] }] }),
        }),
        clock,
      ),
      repo.update(learner, (c) => ({ ...c, muted: mutedAfterUnsubscribe(c.muted, 'PROMOTED') }), clock),
    ]);
    expect((await repo.of(learner))?.muted).toEqual([
      'COURSE_CANCELLED:EMAIL',
      'COURSE_CANCELLED:KAKAO',
      'PROMOTED:EMAIL',
    ]);
    await sendAll();
    expect(mailTo(address)).toHaveLength(0);
  });
});
