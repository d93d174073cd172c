import { describe, expect, it } from 'vitest';
import { verificationReasonOf } from './verificationReason';

describe('verificationReasonOf', () => {
  it('knows the three reasons of the history service', () => {
    expect(verificationReasonOf('This is not a certificate number (e.g. GG-2026-41390-000123).')).toBe(
      'notANumber',
    );
    expect(verificationReasonOf('No certificate with this number was issued.')).toBe('unknown');
    expect(verificationReasonOf('This certificate was revoked.')).toBe('revoked');
  });

  it('has none for a valid answer or another text', () => {
    expect(verificationReasonOf(null)).toBeUndefined();
    expect(verificationReasonOf('something new')).toBeUndefined();
    expect(verificationReasonOf('toString')).toBeUndefined();
  });
});
