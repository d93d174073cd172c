import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, scrubText, setLogDestination } from '../src/logger.ts';

function capture(): { lines: () => Record<string, unknown>[]; text: () => string } {
  let text = '';
  setLogDestination(
    new Writable({
      write(chunk, _encoding, done) {
        text += chunk.toString();
        done();
      },
    }),
  );
  return {
    text: () => text,
    lines: () =>
      text
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
  };
}

afterEach(() => setLogDestination(process.stdout, 'silent'));

describe('logs', () => {
  it('are JSON lines with time, level, service and message', () => {
    const log = capture();
    createLogger('courses').info('seeded', { ms: 12 });
    expect(log.lines()).toEqual([
      {
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        level: 'info',
        service: 'courses',
        message: 'seeded',
        ms: 12,
      },
    ]);
  });

  it('never carry passwords, hashes, emails, tokens or GraphQL variables', () => {
    const log = capture();
    createLogger('learners').error('request failed', {
      password: 'hunter2-hunter2',
      passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$abc',
      email: 'kim@example.kr',
      variables: { email: 'kim@example.kr', password: 'hunter2-hunter2' },
      headers: { authorization: 'Bearer eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2ln' },
      cause:
        'Failed query: insert into learners (email) values ($1)\nparams: kim@example.kr,$argon2id$v=19$x',
      error: 'no account for lee@example.kr with token eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJ4In0.c2ln',
    });
    const text = log.text();
    for (const secret of ['hunter2', 'argon2id', 'example.kr', 'eyJ']) expect(text).not.toContain(secret);
    const [line] = log.lines();
    expect(line).toMatchObject({ password: '[redacted]', variables: '[redacted]', email: '[redacted]' });
    expect(line?.cause).toBe('Failed query: insert into learners (email) values ($1)\nparams: [redacted]');
    expect(line?.error).toBe('no account for [email] with token [token]');
  });

  it('scrub free text of emails, bearer tokens and query parameters', () => {
    expect(scrubText('Bearer abc.def-ghi and x@y.z')).toBe('Bearer [redacted] and [email]');
    expect(scrubText('params: 1,2')).toBe('params: [redacted]');
    expect(scrubText('nothing personal')).toBe('nothing personal');
  });
});
