import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { correlationIdOf, errorCodeOf, hasErrorCode } from './errors';

describe('correlationIdOf', () => {
  it('reads extensions.correlationId of a GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        { message: 'Internal server error', extensions: { code: 'INTERNAL', correlationId: 'abc-123' } },
      ],
    });
    expect(correlationIdOf(error)).toBe('abc-123');
  });

  it('reads the response extensions when the errors have none', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'boom' }],
      extensions: { correlationId: 'resp-9' },
    });
    expect(correlationIdOf(error)).toBe('resp-9');
  });

  it('reads the body of a non-2xx response', () => {
    const bodyText = JSON.stringify({ errors: [{ message: 'bad', extensions: { correlationId: 'srv-1' } }] });
    const error = new ServerError('Response not successful', {
      response: new Response(bodyText, { status: 500 }),
      bodyText,
    });
    expect(correlationIdOf(error)).toBe('srv-1');
  });

  it('falls back to the x-correlation-id header', () => {
    const error = new ServerError('Response not successful', {
      response: new Response('Bad gateway', { status: 502, headers: { 'x-correlation-id': 'hdr-7' } }),
      bodyText: 'Bad gateway',
    });
    expect(correlationIdOf(error)).toBe('hdr-7');
  });

  it('reads a plain error-like object with extensions', () => {
    expect(correlationIdOf({ message: 'x', extensions: { correlationId: 'plain-1' } })).toBe('plain-1');
  });

  it('gives undefined when there is none', () => {
    expect(correlationIdOf(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(correlationIdOf(undefined)).toBeUndefined();
    expect(correlationIdOf(new CombinedGraphQLErrors({ errors: [{ message: 'x' }] }))).toBeUndefined();
  });
});

describe('errorCodeOf', () => {
  it('reads the code of a GraphQL error and of a 401 answer', () => {
    const graphql = new CombinedGraphQLErrors({
      errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(errorCodeOf(graphql)).toBe('FORBIDDEN');
    const expired = new ServerError('401', {
      response: new Response(null, { status: 401 }),
      bodyText: JSON.stringify({ errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] }),
    });
    expect(errorCodeOf(expired)).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(new Error('network'))).toBeUndefined();
  });
});

describe('hasErrorCode', () => {
  it('finds the code in any error of a partial answer', () => {
    const partial = new CombinedGraphQLErrors({
      data: { me: null },
      errors: [
        {
          message: 'history is down',
          path: ['me', 'certificates'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
        { message: 'expired', extensions: { code: 'UNAUTHENTICATED' } },
      ],
    });
    expect(hasErrorCode(partial, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(partial, 'FORBIDDEN')).toBe(false);
  });

  it('counts a 401 answer as UNAUTHENTICATED, and nothing as no code', () => {
    const expired = new ServerError('401', { response: new Response(null, { status: 401 }), bodyText: '' });
    expect(hasErrorCode(expired, 'UNAUTHENTICATED')).toBe(true);
    expect(hasErrorCode(undefined, 'UNAUTHENTICATED')).toBe(false);
    expect(hasErrorCode(new TypeError('Failed to fetch'), 'UNAUTHENTICATED')).toBe(false);
  });
});
