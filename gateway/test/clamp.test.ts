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
