import { describe, expect, it } from 'vitest';
import { returnPath } from './returnPath';

describe('returnPath', () => {
  it('keeps a path on this site', () => {
    expect(returnPath('/courses/12?tab=sessions')).toBe('/courses/12?tab=sessions');
    expect(returnPath('/account/password')).toBe('/account/password');
  });

  it('falls back without a next', () => {
    expect(returnPath(null)).toBe('/me');
    expect(returnPath('')).toBe('/me');
    expect(returnPath(undefined, '/')).toBe('/');
  });

  it('refuses other sites', () => {
    expect(returnPath('//evil.example/me')).toBe('/me');
    expect(returnPath('https://evil.example/')).toBe('/me');
    expect(returnPath('/\\evil.example')).toBe('/me');
    expect(returnPath('/\t/evil.example')).toBe('/me');
    expect(returnPath('javascript:alert(1)')).toBe('/me');
  });
});
