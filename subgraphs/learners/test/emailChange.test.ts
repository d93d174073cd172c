// The rules of an email change, without a database: what a new address must be, and how the old
// address is shown the new one.
import { describe, expect, it } from 'vitest';
import { checkNewEmail, maskedEmail } from '../src/rules/emailChange.ts';
import { tokenLifetimeMs } from '../src/rules/emailTokens.ts';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: Record<string, unknown> }).extensions;
  }
  throw new Error('not refused');
};

describe('a new address', () => {
  it('is taken normalized', () => {
    expect(checkNewEmail('old@example.kr', '  New.Name@Example.KR ')).toBe('new.name@example.kr');
  });

  it('is refused on newEmail when it is no address', () => {
    for (const input of ['', 'no-at-sign', 'a@b', 'two@@example.kr', `${'x'.repeat(250)}@example.kr`]) {
      expect(refusal(() => checkNewEmail('old@example.kr', input))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'newEmail',
      });
    }
  });

  it('is refused when it is the account’s own, in any case', () => {
    expect(refusal(() => checkNewEmail('Old@Example.kr', ' old@example.KR'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'newEmail',
    });
  });
});

describe('the old address is told', () => {
  it('the new one with its first letter and domain only', () => {
    expect(maskedEmail('kim.minji@example.kr')).toBe('k***@example.kr');
    expect(maskedEmail('a@b.kr')).toBe('a***@b.kr');
    expect(maskedEmail('broken')).toBe('***');
  });

  it('within a day of the request: the link to the new address lasts 24 hours', () => {
    expect(tokenLifetimeMs.EMAIL_CHANGE).toBe(24 * 3_600_000);
  });
});
