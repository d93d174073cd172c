import { describe, expect, it } from 'vitest';
import { en } from './en';
import { ko } from './ko';
import { labelOf, pickLocale, toGraphQLLocale } from './locale';

describe('pickLocale', () => {
  it('picks the first supported browser language', () => {
    expect(pickLocale(['en-US', 'ko'])).toBe('en');
    expect(pickLocale(['ko-KR'])).toBe('ko');
    expect(pickLocale(['fr-FR', 'EN_gb'])).toBe('en');
  });

  it('defaults to Korean', () => {
    expect(pickLocale([])).toBe('ko');
    expect(pickLocale(['vi-VN', 'zh-CN'])).toBe('ko');
  });
});

describe('dictionaries', () => {
  function keys(value: object, prefix = ''): string[] {
    return Object.entries(value).flatMap(([key, v]) =>
      typeof v === 'object' && v !== null ? keys(v, `${prefix}${key}.`) : [`${prefix}${key}`],
    );
  }

  it('have the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(ko).sort());
  });

  it('use the required Korean empty-state text', () => {
    expect(ko.courses.empty).toBe('모집 중인 강좌가 없습니다');
    expect(ko.courses.showMore).toBe('더 보기');
    expect(en.courses.showMore).toBe('Show more');
  });

  it('label every category and format', () => {
    expect(labelOf(ko.category, 'CULTURE_ARTS')).toBe('문화예술교육');
    expect(labelOf(en.format, 'BLENDED')).toBe('Blended');
    expect(labelOf(en.format, 'HOLOGRAM')).toBe('HOLOGRAM');
  });
});

describe('toGraphQLLocale', () => {
  it('maps to the API enum', () => {
    expect(toGraphQLLocale('ko')).toBe('KO');
    expect(toGraphQLLocale('en')).toBe('EN');
  });
});
