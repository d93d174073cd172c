// What the catalog's test files share: the learning categories in their order, the UUID shape, and
// the catalog generated once per test file at a fixed seed and clock.
import { generateCatalog } from '../src/index.ts';

export const NOW = new Date('2026-03-15T03:00:00Z'); // 12:00 KST
export const catalog = generateCatalog({ seed: 20260301, now: NOW });

export const CATEGORIES = [
  'ADULT_LITERACY',
  'ACADEMIC_SUPPLEMENT',
  'VOCATIONAL',
  'CULTURE_ARTS',
  'HUMANITIES',
  'CIVIC_PARTICIPATION',
];
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
