// The province and its 31 cities and counties: the tenants every service knows by id. Facts from
// data/gyeonggi-cities.json (codes, names, approximate populations) and the six learning categories.
import data from '../../data/gyeonggi-cities.json' with { type: 'json' };
import { type LearningCategory, learningCategoryIds } from './categories.ts';

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
