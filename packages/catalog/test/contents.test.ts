// The generated contents and learning paths: searchable, well-formed, multilingual where needed,
// and paths per theme and level built from existing contents.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, catalog } from './fixtures.ts';

describe('generateCatalog', () => {
  it('makes contents searchable, well-formed and multilingual where needed', () => {
    const contents = catalog.contents;
    expect(contents.some((c) => c.titleKo.includes('파이썬'))).toBe(true);
    expect(contents.some((c) => c.titleEn.includes('Python for beginners'))).toBe(true);
    expect(contents.some((c) => c.titleKo === '파이썬 기초 3강: 반복문')).toBe(true);
    expect(contents.some((c) => c.titleEn === 'Python for beginners, Lesson 3: Loops')).toBe(true);
    expect(new Set(contents.map((c) => c.kind))).toEqual(new Set(['VIDEO', 'MOOC', 'YOUTUBE', 'DOCUMENT']));
    expect(new Set(contents.map((c) => c.url)).size).toBe(contents.length);

    for (const content of contents) {
      expect(content.durationMinutes).toBeGreaterThanOrEqual(10);
      expect(content.durationMinutes).toBeLessThanOrEqual(60);
      expect(CATEGORIES).toContain(content.category);
      if (content.titleKo.startsWith('외국인을 위한 한국어')) {
        expect(content.languages).toEqual(['KO', 'EN', 'ZH', 'VI']);
        expect(content.titleZh).toBeTruthy();
        expect(content.titleVi).toBeTruthy();
      } else {
        expect([['KO'], ['KO', 'EN']]).toContainEqual(content.languages);
        expect(content.titleZh).toBeNull();
        expect(content.titleVi).toBeNull();
      }
      switch (content.kind) {
        case 'VIDEO':
          expect(content.provider).toBe('GSEEK');
          expect(content.url.startsWith('https://www.gseek.kr/')).toBe(true);
          break;
        case 'MOOC':
          expect(content.provider).toBe('K-MOOC');
          break;
        case 'YOUTUBE':
          expect(content.cityId).not.toBeNull();
          expect(content.provider).toMatch(/ YouTube$/);
          expect(content.url).toMatch(/^https:\/\/www\.youtube\.com\/watch\?v=[A-Za-z0-9_-]{11}$/);
          break;
        case 'DOCUMENT':
          expect(content.url).toMatch(/\.pdf$/);
          break;
      }
    }
  });

  it('builds learning paths per theme and level from existing contents', () => {
    const contents = new Map(catalog.contents.map((c) => [c.id, c]));
    const levels = new Set(catalog.learningPaths.map((p) => p.level));
    expect(levels).toEqual(new Set(['BEGINNER', 'INTERMEDIATE', 'ADVANCED']));
    expect(new Set(catalog.learningPaths.map((p) => p.titleKo)).size).toBe(catalog.learningPaths.length);
    for (const path of catalog.learningPaths) {
      expect(path.contentIds.length).toBeGreaterThanOrEqual(4);
      expect(path.contentIds.length).toBeLessThanOrEqual(8);
      expect(new Set(path.contentIds).size).toBe(path.contentIds.length);
      for (const id of path.contentIds) expect(contents.get(id)?.level).toBe(path.level);
    }
    const pathText = (level: string) =>
      catalog.learningPaths
        .filter((p) => p.level === level)
        .flatMap((p) => p.contentIds.map((id) => contents.get(id)?.titleKo ?? ''))
        .join('\n');
    for (const level of ['BEGINNER', 'INTERMEDIATE', 'ADVANCED']) {
      expect(pathText(level)).toContain('외국인을 위한 한국어');
    }
    expect(pathText('BEGINNER')).toContain('파이썬 기초 1강');
    expect(pathText('INTERMEDIATE')).toContain('스피치와 발표 1강');
    expect(pathText('INTERMEDIATE')).toContain('나만의 책 쓰기 1강');
    expect(pathText('BEGINNER')).toContain('어르신 스마트폰 활용 1강');
  });
});
