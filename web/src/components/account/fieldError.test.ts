import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { fieldErrorOf } from './fieldError';

describe('fieldErrorOf', () => {
  it('reads the field of a refused input', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'short', extensions: { code: 'BAD_USER_INPUT', field: 'input.password' } }],
    });
    expect(fieldErrorOf(error)).toEqual({ field: 'input.password', code: 'BAD_USER_INPUT' });
  });

  it('reads a taken email (CONFLICT on input.email)', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'taken', extensions: { code: 'CONFLICT', field: 'input.email' } }],
    });
    expect(fieldErrorOf(error)).toEqual({ field: 'input.email', code: 'CONFLICT' });
  });

  it('has none for other errors', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'locked', extensions: { code: 'RATE_LIMITED' } }],
    });
    expect(fieldErrorOf(error)).toBeUndefined();
    expect(fieldErrorOf(new TypeError('offline'))).toBeUndefined();
  });
});
