import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiSchemaFile, composeSupergraph, supergraphFile } from '../src/compose.ts';

describe('supergraph', () => {
  it('the committed supergraph.graphql is what the four subgraph SDLs compose to (run pnpm compose)', () => {
    expect(readFileSync(supergraphFile, 'utf8')).toBe(composeSupergraph().supergraph);
  });

  it('the committed api.graphql is the public API of that supergraph (run pnpm compose)', () => {
    expect(readFileSync(apiSchemaFile, 'utf8')).toBe(composeSupergraph().api);
  });

  it('offers the catalog part of the public contract', () => {
    const sdl = composeSupergraph().supergraph;
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

  it('keeps internal fields out of the public API', () => {
    expect(composeSupergraph().api).not.toContain('appliedCityIds');
  });
});
