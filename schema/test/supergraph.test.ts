import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { composeSupergraph, supergraphFile } from '../src/compose.ts';

describe('supergraph', () => {
  it('the committed supergraph.graphql is what the four subgraph SDLs compose to (run pnpm compose)', () => {
    expect(readFileSync(supergraphFile, 'utf8')).toBe(composeSupergraph());
  });

  it('offers the catalog part of the public contract', () => {
    const sdl = composeSupergraph();
    for (const field of [
      'cities: [City!]!',
      'courses(',
      'contents(',
      'learningPaths(',
      'verifyCertificate(',
    ]) {
      expect(sdl).toContain(field);
    }
  });
});
