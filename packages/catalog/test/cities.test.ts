// The province, its 31 cities and counties, and each tenant's site skin: names, locales, colours.
import { cities, learningCategories, province } from '@baeumteo/contracts';
import { describe, expect, it } from 'vitest';
import { citySites } from '../src/index.ts';
import { CATEGORIES } from './fixtures.ts';

function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrastWithWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

describe('cities', () => {
  it('has the province and 31 cities and counties', () => {
    expect(province.id).toBe('gyeonggi');
    expect(province.kind).toBe('PROVINCE');
    expect(cities).toHaveLength(31);
    expect(new Set(cities.map((c) => c.id)).size).toBe(31);
    expect(cities.filter((c) => c.kind === 'COUNTY').map((c) => c.id)).toEqual([
      'yeoncheon',
      'gapyeong',
      'yangpyeong',
    ]);
    expect(learningCategories.map((c) => c.id)).toEqual(CATEGORIES);
  });

  it('has a site skin for each of the 32 tenants', () => {
    expect(Object.keys(citySites)).toHaveLength(32);
    expect(citySites.gyeonggi?.siteName).toBe('경기도 평생학습 배움터');
    expect(citySites.suwon?.siteName).toBe('수원시 평생학습 배움터');
    for (const city of [province, ...cities]) {
      const site = citySites[city.id];
      expect(site, city.id).toBeDefined();
      expect(site?.siteName).toBe(`${city.nameKo} 평생학습 배움터`);
      expect(site?.defaultLocale).toBe('KO');
      expect(site?.locales.slice(0, 2)).toEqual(['KO', 'EN']);
    }
    for (const id of ['ansan', 'siheung', 'hwaseong', 'pocheon', 'gimpo']) {
      expect(citySites[id]?.locales).toEqual(['KO', 'EN', 'ZH', 'VI']);
    }
    expect(citySites.suwon?.locales).toEqual(['KO', 'EN']);
  });

  it('gives every tenant a distinct primary colour with contrast >= 4.5 against white', () => {
    const colors = Object.values(citySites).map((s) => s.primaryColor);
    expect(new Set(colors.map((c) => c.toLowerCase())).size).toBe(32);
    for (const color of colors) {
      expect(color).toMatch(/^#[0-9A-Fa-f]{6}$/);
      expect(contrastWithWhite(color), color).toBeGreaterThanOrEqual(4.5);
    }
  });
});
