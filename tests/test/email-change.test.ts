// Changing the account's email through the gateway, with a real SMTP server on loopback: the new
// address gets a link, the account keeps signing in with the old one until the link is opened,
// then signs in with the new one, confirmed, and the old address is told (the new one partly
// hidden). Refusals change nothing; staff of the city see whether an applicant's email is confirmed.
import { type SmtpInbox, startSmtpInbox } from '@baeumteo/notifications/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps } from '../src/academic.ts';
import { signIn, signUp, type TestAccount, uniqueEmail } from '../src/accounts.ts';
import { linkToken, mailingPlatform, mailTo } from '../src/mail.ts';
import { type Platform, postGraphQL, startPlatform } from '../src/platform.ts';

let platform: Platform;
let inbox: SmtpInbox;
let setup: AcademicSetup;

beforeAll(async () => {
  inbox = await startSmtpInbox();
  platform = await startPlatform(mailingPlatform(inbox));
  setup = await academicSetup(platform);
});
afterAll(async () => {
  await platform?.stop();
  await inbox?.stop();
});

const { openCourse, apply } = courseSteps(() => setup);

const requestChange = (learner: TestAccount, newEmail: string, password = learner.password) =>
  platform.query<{ requestEmailChange: boolean }>(
    'mutation ($e: String!, $p: String!) { requestEmailChange(newEmail: $e, password: $p) }',
    { e: newEmail, p: password },
    learner.auth,
  );
const verify = (token: string) =>
  platform.query<{ verifyEmail: boolean }>('mutation ($t: String!) { verifyEmail(token: $t) }', { t: token });
const me = (learner: { auth: Record<string, string> }) =>
  platform.query<{ me: { email: string; emailVerified: boolean } }>(
    '{ me { email emailVerified } }',
    {},
    learner.auth,
  );
const signInAnswer = (email: string, password: string) =>
  platform.query('mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }', {
    e: email,
    p: password,
  });

describe('changing the email', () => {
  it('moves the account to the new address once its link is opened, and tells the old one', async () => {
    const learner = await signUp(platform, { preferredLocale: 'EN' });
    const newEmail = uniqueEmail('moved');
    expect((await requestChange(learner, newEmail.toUpperCase())).body.data?.requestEmailChange).toBe(true);

    const [link] = await mailTo(inbox, newEmail);
    expect(link?.subject).toContain('confirm your new email address');
    const token = linkToken(link!, 'https://siheung.sites.test/account/verify-email');

    // Until then the account is where it was: it signs in with the old address, not the new one.
    expect((await me(learner)).body.data?.me).toEqual({ email: learner.email, emailVerified: false });
    expect((await signInAnswer(newEmail, learner.password)).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await signIn(platform, learner.email, learner.password);

    expect((await verify(token)).body.data?.verifyEmail).toBe(true);
    const moved = await signIn(platform, newEmail, learner.password);
    expect((await me(moved)).body.data?.me).toEqual({ email: newEmail, emailVerified: true });
    expect((await signInAnswer(learner.email, learner.password)).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    // The old address: its sign-up link, then the news, with the new address partly hidden.
    const told = (await mailTo(inbox, learner.email, 2)).find((m) => m.subject?.includes('changed'));
    expect(told?.subject).toBe('[Siheung Lifelong Learning Baeumteo] Your account email address was changed');
    const hidden = `${newEmail[0]}***@test.baeumteo.kr`;
    expect(told?.text).toContain(hidden);
    expect(told?.text).not.toContain(newEmail);
    expect(told?.html).not.toContain(newEmail);

    // The link works once.
    expect((await verify(token)).body.data?.verifyEmail).toBe(false);
    // Course messages now go to the new address, confirmed: notifications has the new contact.
    const course = await openCourse({ capacity: 3 });
    expect((await apply(moved, course.id)).body.data?.applyToCourse.status).toBe('ENROLLED');
    const enrolled = (await mailTo(inbox, newEmail, 2)).at(-1);
    expect(enrolled?.text).toContain(`/courses/${course.id}`);
  });

  it('keeps only the latest request’s link working', async () => {
    const learner = await signUp(platform);
    const [first, second] = [uniqueEmail('first'), uniqueEmail('second')];
    await requestChange(learner, first);
    await requestChange(learner, second);
    const firstToken = linkToken((await mailTo(inbox, first))[0]!, '/account/verify-email');
    const secondToken = linkToken((await mailTo(inbox, second))[0]!, '/account/verify-email');
    expect((await verify(firstToken)).body.data?.verifyEmail).toBe(false);
    expect((await me(learner)).body.data?.me.email).toBe(learner.email);
    expect((await verify(secondToken)).body.data?.verifyEmail).toBe(true);
    expect((await me(learner)).body.data?.me.email).toBe(second);
  });

  it('refuses a wrong password, no address, the same address and another account’s, and changes nothing', async () => {
    const learner = await signUp(platform);
    const other = await signUp(platform);
    const fresh = uniqueEmail('never');
    const cases = [
      [fresh, 'not my password', 'BAD_USER_INPUT', 'password'],
      ['not an address', learner.password, 'BAD_USER_INPUT', 'newEmail'],
      [` ${learner.email.toUpperCase()} `, learner.password, 'BAD_USER_INPUT', 'newEmail'],
      [other.email, learner.password, 'CONFLICT', 'newEmail'],
    ] as const;
    for (const [newEmail, password, code, field] of cases) {
      const answer = await requestChange(learner, newEmail, password);
      expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(answer.body.data?.requestEmailChange ?? null).toBeNull();
    }
    const anonymous = await platform.query(
      'mutation { requestEmailChange(newEmail: "a@b.kr", password: "x") }',
    );
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    expect((await me(learner)).body.data?.me.email).toBe(learner.email);
    await new Promise((r) => setTimeout(r, 1_000));
    await expect(mailTo(inbox, fresh, 1, 0)).rejects.toThrow('0 of 1 messages');
    // The other account got nothing but its own sign-up link.
    expect((await mailTo(inbox, other.email, 1)).map((m) => m.subject)).toHaveLength(1);
  });

  it('refuses the link with CONFLICT when another account took the address since, and changes nothing', async () => {
    const learner = await signUp(platform);
    const wanted = uniqueEmail('wanted');
    await requestChange(learner, wanted);
    const token = linkToken((await mailTo(inbox, wanted))[0]!, '/account/verify-email');
    const taker = await signUp(platform, { email: wanted });
    expect((await verify(token)).body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await me(learner)).body.data?.me.email).toBe(learner.email);
    expect((await me(taker)).body.data?.me.email).toBe(wanted);
  });
});

describe('the gateway', () => {
  it('limits the requests that send a link, per client, before learners is asked', async () => {
    const learner = await signUp(platform);
    const gateway = await platform.startGateway({
      rateLimits: {
        store: { kind: 'memory' },
        limits: { requestEmailChange: { points: 2, durationSeconds: 60 } },
        keyPrefix: `test-${learner.id}`,
      },
    });
    const ask = (newEmail: string) =>
      postGraphQL<{ requestEmailChange: boolean }>(
        gateway.url,
        'mutation ($e: String!, $p: String!) { requestEmailChange(newEmail: $e, password: $p) }',
        { e: newEmail, p: learner.password },
        learner.auth,
        { from: '127.0.0.71' },
      );
    const addresses = [uniqueEmail('one'), uniqueEmail('two'), uniqueEmail('three')];
    expect((await ask(addresses[0]!)).body.data?.requestEmailChange).toBe(true);
    expect((await ask(addresses[1]!)).body.data?.requestEmailChange).toBe(true);
    const third = await ask(addresses[2]!);
    expect(third.status).toBe(429);
    expect(third.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    await mailTo(inbox, addresses[1]!);
    await new Promise((r) => setTimeout(r, 1_000));
    await expect(mailTo(inbox, addresses[2]!, 1, 0)).rejects.toThrow('0 of 1 messages');
  });
});

describe('staff see whether an applicant’s email is confirmed', () => {
  it('for their city’s courses only', async () => {
    const confirmed = await signUp(platform);
    const unconfirmed = await signUp(platform);
    const [mail] = await mailTo(inbox, confirmed.email);
    expect((await verify(linkToken(mail!, '/account/verify-email'))).body.data?.verifyEmail).toBe(true);
    const course = await openCourse({ capacity: 5 });
    await apply(confirmed, course.id);
    await apply(unconfirmed, course.id);

    const applicants = (staff: TestAccount) =>
      platform.query<{
        course: {
          enrollments: { edges: { node: { learner: { id: string; emailVerified: boolean | null } } }[] };
        };
      }>(
        'query ($id: ID!) { course(id: $id) { enrollments { edges { node { learner { id emailVerified } } } } } }',
        { id: course.id },
        staff.auth,
      );
    const seen = (await applicants(setup.staff)).body.data?.course.enrollments.edges.map(
      (e) => e.node.learner,
    );
    expect(seen).toEqual(
      expect.arrayContaining([
        { id: confirmed.id, emailVerified: true },
        { id: unconfirmed.id, emailVerified: false },
      ]),
    );
    const elsewhere = await applicants(setup.otherStaff);
    expect(elsewhere.body.data?.course?.enrollments ?? null).toBeNull();
  });
});
