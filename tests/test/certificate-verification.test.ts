// Certificates cannot be enumerated, through the gateway: a bare number answers valid or not with
// a masked name, the whole certificate needs the holder's verification code (what the QR code's
// address carries), the credential's subject is not the learner id, and once the holder deleted
// their account no name shows.
import { erasedHolderName } from '@baeumteo/contracts';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AcademicSetup, academicSetup, courseSteps, sleepUntil } from '../src/academic.ts';
import { signUp, type TestAccount } from '../src/accounts.ts';
import { type Platform, startPlatform } from '../src/platform.ts';

let platform: Platform;
let setup: AcademicSetup;
let holder: TestAccount;

beforeAll(async () => {
  platform = await startPlatform({ relays: true });
  setup = await academicSetup(platform);
  holder = await signUp(platform, { displayName: '송하늘' });
});
afterAll(() => platform?.stop());

const { openCourse, apply } = courseSteps(() => setup);

interface Mine {
  number: string;
  holderName: string;
  credential: string;
  verificationCode: string | null;
  verificationUrl: string;
}

/** The holder's certificates once the relays delivered the completion. */
async function certificatesOf(learner: TestAccount): Promise<Mine[]> {
  for (let i = 0; i < 100; i++) {
    const answer = await platform.query<{ me: { certificates: Mine[] | null } }>(
      '{ me { certificates { number holderName credential verificationCode verificationUrl } } }',
      {},
      learner.auth,
    );
    const mine = answer.body.data?.me.certificates ?? [];
    if (mine.length > 0) return mine;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no certificate arrived');
}

const verify = (number: string, code: string | null = null) =>
  platform.query<{
    verifyCertificate: {
      valid: boolean;
      reason: string | null;
      maskedHolderName: string | null;
      certificate: { holderName: string; courseTitle: string; verificationCode: string | null } | null;
    };
  }>(
    `query ($n: String!, $c: String) { verifyCertificate(number: $n, code: $c) { valid reason maskedHolderName
      certificate { holderName courseTitle verificationCode } } }`,
    { n: number, c: code },
  );

describe('verifying a certificate', () => {
  let cert: Mine;

  beforeAll(async () => {
    const course = await openCourse({ capacity: 5, closesInMs: 2_000 });
    expect((await apply(holder, course.id)).body.data?.applyToCourse.status).toBe('ENROLLED');
    await sleepUntil(course.firstStart);
    const staff = setup.staff.auth;
    const attended = await platform.query(
      'mutation ($s: ID!, $l: ID!) { recordAttendance(sessionId: $s, learnerId: $l, present: true) { id } }',
      { s: course.sessions[0]?.id, l: holder.id },
      staff,
    );
    expect(attended.body.errors).toBeUndefined();
    const finished = await platform.query(
      'mutation ($id: ID!) { finishCourse(id: $id) { id } }',
      { id: course.id },
      staff,
    );
    expect(finished.body.errors).toBeUndefined();
    [cert] = (await certificatesOf(holder)) as [Mine];
  });

  it('answers a bare number with validity and a masked name only, and a wrong code alike', async () => {
    const bare = await verify(cert.number);
    expect(bare.body.data?.verifyCertificate).toEqual({
      valid: true,
      reason: null,
      maskedHolderName: '송*늘',
      certificate: null,
    });
    const text = JSON.stringify(bare.body);
    expect(text).not.toContain('송하늘');
    expect(text).not.toContain('스마트폰');
    expect(text).not.toContain(holder.id);
    expect((await verify(cert.number, 'WRONGCODE0000000')).body).toEqual(bare.body);
  });

  it('shows the whole certificate to whoever has the code from the QR code’s address', async () => {
    expect(cert.verificationCode).toMatch(/^[0-9A-Z]{16}$/);
    const address = new URL(cert.verificationUrl);
    expect(address.pathname).toBe(`/verify/${cert.number}`);
    expect(address.searchParams.get('code')).toBe(cert.verificationCode);
    const full = await verify(cert.number, address.searchParams.get('code'));
    expect(full.body.data?.verifyCertificate.certificate).toEqual({
      holderName: '송하늘',
      courseTitle: '스마트폰 활용 교실',
      verificationCode: null, // the code is the holder's and staff's to read
    });
  });

  it('gives the credential a subject that is not the learner id', () => {
    const { sub, credentialSubject } = decodeJwt(cert.credential) as {
      sub: string;
      credentialSubject: { id: string };
    };
    expect(sub).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(sub).not.toContain(holder.id);
    expect(credentialSubject.id).toBe(sub);
  });

  it('shows no name once the holder deleted their account', async () => {
    const deleted = await platform.query(
      'mutation ($p: String!) { deleteMyAccount(password: $p) }',
      { p: holder.password },
      holder.auth,
    );
    expect(deleted.body.errors).toBeUndefined();
    // The erasure reaches history through the learners' outbox.
    await expect
      .poll(async () => (await verify(cert.number)).body.data?.verifyCertificate.maskedHolderName, {
        timeout: 20_000,
        interval: 200,
      })
      .toBeNull();
    expect((await verify(cert.number)).body.data?.verifyCertificate.valid).toBe(true);
    const full = await verify(cert.number, cert.verificationCode);
    expect(full.body.data?.verifyCertificate.certificate?.holderName).toBe(erasedHolderName);
    expect(JSON.stringify(full.body)).not.toContain('송하늘');
  });
});
