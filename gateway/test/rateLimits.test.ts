// Which calls a request spends of the rate limits, and which roles a token keeps after its
// session check: pure rules of the gateway.
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { limitedFieldCounts } from '../src/rateLimits.ts';
import { effectiveRoles } from '../src/sessions.ts';

function counts(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return Object.fromEntries(limitedFieldCounts(document, operation!));
}

describe('limitedFieldCounts', () => {
  it('counts every aliased call and follows fragments', () => {
    expect(
      counts(
        'mutation { a: signIn(email: "", password: "") { token } b: signIn(email: "", password: "") { token } }',
      ),
    ).toEqual({
      signIn: 2,
    });
    expect(
      counts(
        'query { ...F ... on Query { verifyCertificate(number: "1") { valid } } } fragment F on Query { verifyCertificate(number: "2") { valid } provinceStats(from: "", to: "") { totalHours } }',
      ),
    ).toEqual({ verifyCertificate: 2, provinceStats: 1 });
  });

  it('counts only root fields of their own operation type', () => {
    expect(counts('query { cities { id } }')).toEqual({});
    expect(counts('mutation { verifyCertificate: signUp(input: {}) { token } }')).toEqual({ signUp: 1 });
  });
});

describe('effectiveRoles', () => {
  it('keeps only the roles the learner still holds, never adds one', () => {
    const carried = [
      { role: 'CITY_STAFF' as const, cityId: 'suwon' },
      { role: 'INSTRUCTOR' as const, cityId: 'suwon' },
    ];
    const held = [
      { role: 'INSTRUCTOR', cityId: 'suwon' },
      { role: 'PROVINCE_ADMIN', cityId: null },
    ];
    expect(effectiveRoles(carried, held)).toEqual([{ role: 'INSTRUCTOR', cityId: 'suwon' }]);
    expect(effectiveRoles(carried, [])).toEqual([]);
  });
});
