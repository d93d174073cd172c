import data from '../data/gyeonggi-cities.json' with { type: 'json' };
import { type LearningCategory, learningCategoryIds } from './categories.ts';
import type { Locale } from './generate.ts';

export type CityKind = 'PROVINCE' | 'CITY' | 'COUNTY';

export interface CityFact {
  id: string;
  /** Administrative code: '41' for the province, the 5-digit 시군구 code for a city or county. */
  code: string;
  nameKo: string;
  nameEn: string;
  kind: CityKind;
  /** Approximate resident population (the province: the sum of its cities). */
  population: number;
}

export interface LearningCategoryFact {
  id: LearningCategory;
  nameKo: string;
  nameEn: string;
}

/** The look and languages of one tenant's site (the province or one of the 31 cities and counties). */
export interface CitySiteFact {
  cityId: string;
  siteName: string;
  siteNameEn: string;
  /** Brand colour; dark enough for white text (WCAG AA contrast of at least 4.5:1). */
  primaryColor: string;
  defaultLocale: 'KO';
  locales: Locale[];
}

function cityKind(id: string, kind: string): 'CITY' | 'COUNTY' {
  if (kind === 'CITY' || kind === 'COUNTY') return kind;
  throw new Error(`gyeonggi-cities.json: unexpected kind '${kind}' for '${id}'`);
}

function categoryId(id: string): LearningCategory {
  const found = learningCategoryIds.find((candidate) => candidate === id);
  if (!found) throw new Error(`gyeonggi-cities.json: unexpected learning category '${id}'`);
  return found;
}

/** The 31 cities and counties of Gyeonggi Province, in administrative-code order. */
export const cities: readonly CityFact[] = data.cities.map((city) => ({
  id: city.id,
  code: city.code,
  nameKo: city.nameKo,
  nameEn: city.nameEn,
  kind: cityKind(city.id, city.kind),
  population: city.population,
}));

/** Gyeonggi Province itself, the 32nd tenant. */
export const province: CityFact = {
  id: data.province.id,
  code: data.province.code,
  nameKo: data.province.nameKo,
  nameEn: data.province.nameEn,
  kind: 'PROVINCE',
  population: cities.reduce((sum, city) => sum + city.population, 0),
};

export const learningCategories: readonly LearningCategoryFact[] = data.learningCategories.map(
  (category) => ({
    id: categoryId(category.id),
    nameKo: category.nameKo,
    nameEn: category.nameEn,
  }),
);

/** All 32 tenants: the province first, then the cities and counties. */
export const tenants: readonly CityFact[] = [province, ...cities];

export function findCity(id: string): CityFact | undefined {
  return tenants.find((city) => city.id === id);
}

/** Cities with many foreign residents, whose sites are also offered in Chinese and Vietnamese. */
const MULTILINGUAL_CITY_IDS: ReadonlySet<string> = new Set([
  'ansan',
  'siheung',
  'hwaseong',
  'pocheon',
  'gimpo',
]);

/** One distinct brand colour per tenant; every one has a contrast ratio of at least 5:1 with white. */
const PRIMARY_COLORS: Readonly<Record<string, string>> = {
  gyeonggi: '#0B4EA2',
  suwon: '#1F7C1F',
  seongnam: '#CA3232',
  uijeongbu: '#BC2F98',
  anyang: '#634C36',
  bucheon: '#4C32CA',
  gwangmyeong: '#227687',
  pyeongtaek: '#723E6A',
  dongducheon: '#70701C',
  ansan: '#165A38',
  goyang: '#B54561',
  gwacheon: '#9F5A28',
  guri: '#8853BE',
  namyangju: '#546C9C',
  osan: '#AD31C6',
  siheung: '#833932',
  gunpo: '#2D44B6',
  uiwang: '#8F2462',
  hanam: '#775EA8',
  yongin: '#7B3181',
  paju: '#375816',
  icheon: '#2E5650',
  anseong: '#763F4D',
  gimpo: '#766D3F',
  hwaseong: '#39526A',
  gwangju: '#1F7C46',
  yangju: '#1E7869',
  pocheon: '#C23079',
  yeoju: '#972626',
  yeoncheon: '#896722',
  gapyeong: '#70461C',
  yangpyeong: '#925F4F',
};

function siteFor(city: CityFact): CitySiteFact {
  const primaryColor = PRIMARY_COLORS[city.id];
  if (!primaryColor) throw new Error(`no primary colour for tenant '${city.id}'`);
  const locales: Locale[] = MULTILINGUAL_CITY_IDS.has(city.id) ? ['KO', 'EN', 'ZH', 'VI'] : ['KO', 'EN'];
  return {
    cityId: city.id,
    siteName: `${city.nameKo} 평생학습 배움터`,
    siteNameEn: `${city.kind === 'PROVINCE' ? 'Gyeonggi' : city.nameEn} Lifelong Learning Baeumteo`,
    primaryColor,
    defaultLocale: 'KO',
    locales,
  };
}

/** Site skins keyed by tenant id ('gyeonggi' for the province, then one per city or county). */
export const citySites: Record<string, CitySiteFact> = Object.fromEntries(
  tenants.map((city) => [city.id, siteFor(city)]),
);
