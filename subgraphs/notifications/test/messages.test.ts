import { locales, noticeKinds, parseNotice } from '@baeumteo/contracts';
import { describe, expect, it } from 'vitest';
import type { MessageFacts } from '../src/messages/facts.ts';
import { renderMessage } from '../src/messages/render.ts';
import { sendableAt } from '../src/rules/nightHold.ts';
import { siteLookOf } from '../src/rules/sites.ts';

const course = {
  id: '6f1c1b64-2d2a-4c55-9a55-0d6f2c3e9a10',
  title: '스마트폰 사진 <기초>',
  titleEn: 'Phone photography',
};

const examples: Record<MessageFacts['kind'], MessageFacts> = {
  APPLICATION_RECEIVED: { kind: 'APPLICATION_RECEIVED', course },
  ENROLLED: { kind: 'ENROLLED', course: { ...course, startsOn: '2027-03-02' } },
  WAITLISTED: { kind: 'WAITLISTED', course, position: 3 },
  PROMOTED: { kind: 'PROMOTED', course },
  LOTTERY_RESULT: { kind: 'LOTTERY_RESULT', course, won: false, position: 7 },
  APPROVAL_DECISION: { kind: 'APPROVAL_DECISION', course, approved: true },
  COURSE_CHANGED: { kind: 'COURSE_CHANGED', course, change: 'Room 301 → Room 204' },
  COURSE_CANCELLED: { kind: 'COURSE_CANCELLED', course },
  COURSE_MESSAGE: { kind: 'COURSE_MESSAGE', course, message: '3월 9일 수업은 2층 세미나실에서 합니다.' },
  SESSION_REMINDER: { kind: 'SESSION_REMINDER', course, startsAt: '2027-03-02T01:00:00Z' },
  CERTIFICATE_ISSUED: {
    kind: 'CERTIFICATE_ISSUED',
    title: '스마트폰 사진',
    number: 'GG-2027-000123',
    verificationUrl: 'https://suwon.baeumteo.kr/verify/GG-2027-000123?code=ABCD',
  },
  LIVE_STARTING: {
    kind: 'LIVE_STARTING',
    title: 'Live: budgeting',
    startsAt: '2027-03-02T10:15:00Z',
    joinUrl: 'https://live.example/room/1',
  },
  VERIFY_EMAIL: { kind: 'VERIFY_EMAIL', to: 'a@example.test', token: 'A'.repeat(43) },
  PASSWORD_RESET: { kind: 'PASSWORD_RESET', to: 'a@example.test', token: 'B'.repeat(43) },
  EMAIL_CHANGED: { kind: 'EMAIL_CHANGED', to: 'old@example.test', newEmail: 'n***@example.test' },
};

describe('messages', () => {
  it('every kind speaks every language, with the city in the subject and the learner greeted by name', () => {
    const subjects = new Set<string>();
    for (const locale of locales) {
      const site = siteLookOf('siheung', locale);
      for (const kind of noticeKinds) {
        const message = renderMessage(examples[kind], { name: 'Nguyen An', locale }, site, {
          open: 'https://x.test/c',
        });
        expect(message.subject.startsWith(`[${site.name}] `)).toBe(true);
        expect(message.text).toContain('Nguyen An');
        expect(message.text).toContain('https://x.test/c');
        expect(message.html).toContain(site.color);
        expect(message.template.code).toBe(`BAEUMTEO_${kind}_${locale}`);
        subjects.add(message.subject);
      }
    }
    // No two kinds or languages share a subject: each is its own text.
    expect(subjects.size).toBe(locales.length * noticeKinds.length);
  });

  it('titles a live class or certificate in English for other readers where it has an English title', () => {
    const live = {
      ...examples.LIVE_STARTING,
      title: '가계부 쓰기',
      titleEn: 'Household budgeting',
    } as MessageFacts;
    const site = siteLookOf('suwon', 'EN');
    expect(renderMessage(live, { name: 'Alex', locale: 'EN' }, site, {}).subject).toContain(
      'Household budgeting',
    );
    expect(
      renderMessage(live, { name: '민지', locale: 'KO' }, siteLookOf('suwon', 'KO'), {}).subject,
    ).toContain('가계부 쓰기');
    // Without one, the Korean title is shown to everyone.
    expect(
      renderMessage(examples.CERTIFICATE_ISSUED, { name: 'An', locale: 'VI' }, site, {}).subject,
    ).toContain('스마트폰 사진');
  });

  it('asks to confirm an account’s new address in words of its own, in every language', () => {
    for (const locale of locales) {
      const site = siteLookOf('suwon', locale);
      const change = { ...examples.VERIFY_EMAIL, purpose: 'EMAIL_CHANGE' } as MessageFacts;
      const changed = renderMessage(change, { name: 'An', locale }, site, {});
      const signUp = renderMessage(examples.VERIFY_EMAIL, { name: 'An', locale }, site, {});
      expect(changed.subject).not.toBe(signUp.subject);
      expect(changed.text).not.toBe(signUp.text);
    }
  });

  it('uses the Korean title for Korean readers and the English one for others, escaped in HTML', () => {
    const ko = renderMessage(
      examples.WAITLISTED,
      { name: '김민지', locale: 'KO' },
      siteLookOf('suwon', 'KO'),
      {},
    );
    expect(ko.subject).toBe('[수원시 평생학습 배움터] [대기 등록] 스마트폰 사진 <기초> (대기 3번)');
    expect(ko.html).toContain('스마트폰 사진 &#60;기초&#62;');
    expect(ko.html).not.toContain('<기초>');
    const en = renderMessage(
      examples.WAITLISTED,
      { name: 'Alex', locale: 'EN' },
      siteLookOf('suwon', 'EN'),
      {},
    );
    expect(en.subject).toBe('[Suwon Lifelong Learning Baeumteo] Waitlisted (#3): Phone photography');
    const vi = renderMessage(examples.ENROLLED, { name: 'An', locale: 'VI' }, siteLookOf('ansan', 'VI'), {});
    expect(vi.text).toMatch(/Buổi học đầu tiên: thứ ba, 2 tháng 3,? 2027/i);
  });

  it('carries the unsubscribe link in the text and HTML when there is one', () => {
    const message = renderMessage(examples.PROMOTED, { name: 'A', locale: 'EN' }, siteLookOf('suwon', 'EN'), {
      unsubscribe: 'https://suwon.baeumteo.kr/unsubscribe?t=abc',
    });
    expect(message.text).toContain('Stop messages like this: https://suwon.baeumteo.kr/unsubscribe?t=abc');
    expect(message.html).toContain('href="https://suwon.baeumteo.kr/unsubscribe?t=abc"');
  });
});

describe('the night-time hold (21:00-08:00 Korea time)', () => {
  const at = (iso: string) => new Date(iso);

  it('sends by day at once and holds by night until 08:00 Korea time', () => {
    expect(sendableAt('ENROLLED', at('2027-03-02T11:59:00Z'))).toEqual(at('2027-03-02T11:59:00Z')); // 20:59 KST
    expect(sendableAt('ENROLLED', at('2027-03-02T12:00:00Z'))).toEqual(at('2027-03-02T23:00:00Z')); // 21:00 → 08:00
    expect(sendableAt('ENROLLED', at('2027-03-02T18:30:00Z'))).toEqual(at('2027-03-02T23:00:00Z')); // 03:30 → 08:00
    expect(sendableAt('ENROLLED', at('2027-03-02T23:00:00Z'))).toEqual(at('2027-03-02T23:00:00Z')); // 08:00
  });

  it('never holds a live class about to start', () => {
    expect(sendableAt('LIVE_STARTING', at('2027-03-02T14:00:00Z'))).toEqual(at('2027-03-02T14:00:00Z'));
  });
});

describe('the notice contract', () => {
  const base = {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    learnerId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    cityId: 'suwon',
    occurredAt: '2027-03-01T00:00:00Z',
  };

  it('takes a notice and says which field is wrong in one that is not', () => {
    expect(parseNotice({ ...base, kind: 'WAITLISTED', course, position: 2 })).toHaveProperty('notice');
    expect(parseNotice({ ...base, kind: 'WAITLISTED', course, position: 0 })).toEqual({
      reason: expect.stringMatching(/^position: /),
    });
    expect(parseNotice({ ...base, kind: 'NOPE' })).toHaveProperty('reason');
    expect(parseNotice('x')).toEqual({ reason: 'not an object' });
  });

  it('refuses a certificate link that is not http(s)', () => {
    const notice = {
      ...base,
      kind: 'CERTIFICATE_ISSUED',
      title: 't',
      number: 'n',
      verificationUrl: 'javascript:alert(1)',
    };
    expect(parseNotice(notice)).toEqual({ reason: expect.stringMatching(/^verificationUrl: /) });
  });
});
