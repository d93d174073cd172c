// A certificate's holder is told through the gateway: a learner completes a course, history issues
// the certificate and queues its notice in the same transaction, and an email arrives at a real
// SMTP server on loopback in the learner's language, with the number and a link to the issuing
// city's verification page that verifies it; the notification centre lists it once, even when the
// notice is delivered again.
import { type SmtpInbox, startSmtpInbox } from '@baeumteo/notifications/testing';
import { postAs, testSigner } from '@baeumteo/server/testing';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps, sleepUntil } from '../src/academic.ts';
import type { TestAccount } from '../src/accounts.ts';
import { confirmedLearner, mailingPlatform, mailTo } from '../src/mail.ts';
import { type Platform, postGraphQL, startPlatform } from '../src/platform.ts';

let platform: Platform;
let inbox: SmtpInbox;
let setup: AcademicSetup;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  platform = await startPlatform({
    ...mailingPlatform(inbox),
    // Each city's site verifies its own certificates.
    history: { verificationUrl: 'https://{city}.sites.test/verify/{number}?code={code}' },
  });
  setup = await academicSetup(platform);
});
afterAll(async () => {
  await platform?.stop();
  await inbox?.stop();
});

const { openCourse, apply } = courseSteps(() => setup);

/** Attends the first session of a Suwon course and has its staff finish it: the learner completes it. */
async function complete(learner: TestAccount) {
  const course = await openCourse({ capacity: 5, closesInMs: 2_000 });
  expect((await apply(learner, course.id)).body.data?.applyToCourse.status).toBe('ENROLLED');
  await sleepUntil(course.firstStart);
  const staff = setup.staff.auth;
  const attended = await platform.query(
    'mutation ($s: ID!, $l: ID!) { recordAttendance(sessionId: $s, learnerId: $l, present: true) { id } }',
    { s: course.sessions[0]?.id, l: learner.id },
    staff,
  );
  expect(attended.body.errors).toBeUndefined();
  const finished = await platform.query(
    'mutation ($id: ID!) { finishCourse(id: $id) { id } }',
    { id: course.id },
    staff,
  );
  expect(finished.body.errors).toBeUndefined();
}

const certificateMails = (mails: ParsedMail[]) => mails.filter((m) => m.subject?.includes('结业证书'));

interface Centre {
  me: {
    certificates: { number: string }[];
    notifications: { id: string; kind: string; title: string; body: string; link: string | null }[];
  };
}
const centreOf = (learner: TestAccount) =>
  platform.query<Centre>(
    '{ me { certificates { number } notifications { id kind title body link } } }',
    {},
    learner.auth,
  );

describe('a certificate issued', () => {
  it('is mailed to its holder in their language with its number and a link that verifies it, and listed once', async () => {
    const learner = await confirmedLearner(platform, inbox, {
      residenceCityId: 'suwon',
      preferredLocale: 'ZH',
    });
    await complete(learner);

    // Welcome confirmation, enrolment, then the certificate.
    await expect
      .poll(async () => certificateMails(await mailTo(inbox, learner.email, 2)).length, { timeout: 20_000 })
      .toBe(1);
    const [mail] = certificateMails(await mailTo(inbox, learner.email, 3));
    expect(mail?.subject).toBe('[Suwon Lifelong Learning Baeumteo] 结业证书已发放：스마트폰 활용 교실');

    const [certificate] = (await centreOf(learner)).body.data?.me.certificates ?? [];
    expect(certificate?.number).toMatch(/^GG-\d{4}-41110-\d{6}$/);
    expect(mail?.text).toContain(`（${certificate?.number}）`);
    const link = /https:\/\/\S+\/verify\/\S+/.exec(mail?.text ?? '')?.[0] ?? '';
    const address = new URL(link);
    expect(address.origin).toBe('https://suwon.sites.test');
    expect(address.pathname).toBe(`/verify/${certificate?.number}`);
    expect(mail?.html).toContain(link.replaceAll('&', '&amp;'));

    // The page the link opens asks the API with the number and code it carries: the whole certificate.
    const verified = await postGraphQL<{
      verifyCertificate: { valid: boolean; certificate: { holderName: string; courseTitle: string } | null };
    }>(
      platform.gatewayUrl,
      'query ($n: String!, $c: String) { verifyCertificate(number: $n, code: $c) { valid certificate { holderName courseTitle } } }',
      {
        n: decodeURIComponent(address.pathname.split('/').at(-1) ?? ''),
        c: address.searchParams.get('code'),
      },
    );
    expect(verified.body.data?.verifyCertificate).toEqual({
      valid: true,
      certificate: { holderName: '테스트 학습자', courseTitle: '스마트폰 활용 교실' },
    });

    const listed = (await centreOf(learner)).body.data?.me.notifications.filter(
      (n) => n.kind === 'CERTIFICATE_ISSUED',
    );
    expect(listed).toEqual([
      {
        id: expect.any(String),
        kind: 'CERTIFICATE_ISSUED',
        title: '结业证书已发放：스마트폰 활용 교실',
        body: expect.stringContaining(certificate?.number ?? '?'),
        link,
      },
    ]);

    // History's relay delivers the same notice again (its acknowledgment lost): still one message.
    const again = await postAsHistory({
      id: listed?.[0]?.id,
      kind: 'CERTIFICATE_ISSUED',
      learnerId: learner.id,
      cityId: 'suwon',
      occurredAt: new Date().toISOString(),
      title: '스마트폰 활용 교실',
      number: certificate?.number,
      verificationUrl: link,
    });
    expect(again).toMatchObject({ stored: 0, duplicates: 1, rejected: [] });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(certificateMails(await mailTo(inbox, learner.email, 3))).toHaveLength(1);
    const centre = (await centreOf(learner)).body.data?.me.notifications ?? [];
    expect(centre.filter((n) => n.kind === 'CERTIFICATE_ISSUED')).toHaveLength(1);
  });
});

/** POSTs one notice to notifications' /notices signed with history's key, as its relay does. */
async function postAsHistory(notice: Record<string, unknown>) {
  const url = `${new URL(platform.services.notifications.url).origin}/notices`;
  const response = await postAs(testSigner('history'), url, { notices: [notice] });
  expect(response.status).toBe(200);
  return response.json();
}
