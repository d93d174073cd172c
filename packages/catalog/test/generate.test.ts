// generateCatalog as a whole: deterministic per seed, ids stable across clocks, the default seed,
// enough of everything, and unique version-4 UUIDs.
import { cities } from '@baeumteo/contracts';
import { describe, expect, it } from 'vitest';
import { type Catalog, generateCatalog } from '../src/index.ts';
import { catalog, NOW, UUID_V4 } from './fixtures.ts';

function allIds(c: Catalog): string[] {
  return [
    ...c.venues.map((v) => v.id),
    ...c.contents.map((x) => x.id),
    ...c.courses.flatMap((course) => [course.id, ...course.sessions.map((s) => s.id)]),
    ...c.learningPaths.map((p) => p.id),
  ];
}

describe('generateCatalog', () => {
  it('is deterministic for the same seed and now', () => {
    expect(generateCatalog({ seed: 20260301, now: NOW })).toEqual(catalog);
    expect(generateCatalog({ seed: 99, now: NOW })).toEqual(
      generateCatalog({ seed: 99, now: new Date(NOW) }),
    );
  });

  it('differs for a different seed', () => {
    const other = generateCatalog({ seed: 20260302, now: NOW });
    expect(other).not.toEqual(catalog);
    expect(other.courses[0]?.id).not.toBe(catalog.courses[0]?.id);
  });

  it('keeps ids and contents stable when only now changes', () => {
    const later = generateCatalog({ seed: 20260301, now: new Date('2026-09-01T10:00:00Z') });
    expect(allIds(later)).toEqual(allIds(catalog));
    expect(later.contents).toEqual(catalog.contents);
    expect(later.courses.map((c) => c.titleKo)).toEqual(catalog.courses.map((c) => c.titleKo));
  });

  it('defaults to seed 20260301', () => {
    expect(allIds(generateCatalog({ now: NOW }))).toEqual(allIds(catalog));
  });

  it('produces enough of everything', () => {
    expect(catalog.courses.length).toBeGreaterThanOrEqual(600);
    expect(catalog.contents.length).toBeGreaterThanOrEqual(1700);
    expect(catalog.learningPaths.length).toBeGreaterThanOrEqual(15);
    for (const city of cities) {
      expect(catalog.venues.filter((v) => v.cityId === city.id).length, city.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses unique, valid UUIDs everywhere', () => {
    const ids = allIds(catalog);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });
});
