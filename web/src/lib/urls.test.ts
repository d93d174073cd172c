import { describe, expect, it } from 'vitest';
import { gatewayUrl } from './urls';

describe('gatewayUrl', () => {
  it('puts the path on the gateway of an absolute GraphQL URL', () => {
    expect(
      gatewayUrl('/downloads/certificates/1.pdf', 'http://localhost:4000/graphql', 'https://site.test/me'),
    ).toBe('http://localhost:4000/downloads/certificates/1.pdf');
  });

  it('puts the path on this site when the GraphQL URL is a path behind a proxy', () => {
    expect(gatewayUrl('/downloads/certificates/1.pdf', '/graphql', 'https://suwon.example.kr/me')).toBe(
      'https://suwon.example.kr/downloads/certificates/1.pdf',
    );
  });
});
