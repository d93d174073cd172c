import { describe, expect, it } from 'vitest';
import { clampListArguments } from '../src/clamp.ts';
import { rewordError } from '../src/limits.ts';

describe('clampListArguments', () => {
  it('clamps `first` above 100, written in the query or passed as a variable', () => {
    const literal = clampListArguments(
      '{ courses(first: 5000) { totalCount } contents(first: 7) { totalCount } }',
      {},
    );
    expect(literal.query).toContain('courses(first: 100)');
    expect(literal.query).toContain('contents(first: 7)');
    const variable = clampListArguments('query ($n: Int) { courses(first: $n) { totalCount } }', {
      n: 1_000,
    });
    expect(variable.variables).toEqual({ n: 100 });
  });

  it('clamps each request’s own variables when the text is remembered from an earlier one', () => {
    const query =
      'query ($n: Int, $m: Int) { courses(first: $n) { totalCount } contents(first: $m) { totalCount } }';
    expect(clampListArguments(query, { n: 1_000, m: 3 }).variables).toEqual({ n: 100, m: 3 });
    expect(clampListArguments(query, { n: 5, m: 500 }).variables).toEqual({ n: 5, m: 100 });
    const literal = '{ courses(first: 900) { totalCount } }';
    expect(clampListArguments(literal, undefined).query).toContain('courses(first: 100)');
    expect(clampListArguments(literal, undefined).query).toContain('courses(first: 100)');
  });

  it('leaves valid, negative and unparsable queries to the rest of the pipeline', () => {
    const query = '{ courses(first: -1) { totalCount } }';
    expect(clampListArguments(query, undefined).query).toBe(query);
    expect(clampListArguments('{ broken', undefined).query).toBe('{ broken');
  });
});

describe('rewordError', () => {
  it('never tells the token limit', () => {
    const worded = rewordError({
      message: 'Syntax Error: Document contains more that 3000 tokens. Parsing aborted.',
    });
    expect(worded.message).toBe('The query is too long.');
  });
});
