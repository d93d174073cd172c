// Seeds the province and its 31 cities and counties (facts from data/gyeonggi-cities.json).
// Idempotent: rows that exist are left as they are.

import { citySites } from '@baeumteo/catalog';
import { cities as cityFacts, province } from '@baeumteo/contracts';
import { cities, type LearnersDb } from '../db/schema.ts';

export async function seedCatalog(db: LearnersDb): Promise<{ cities: number }> {
  const rows = [province, ...cityFacts].map((fact) => {
    const site = citySites[fact.id];
    if (!site) throw new Error(`no site skin for ${fact.id}`);
    return {
      id: fact.id,
      code: fact.code,
      nameKo: fact.nameKo,
      nameEn: fact.nameEn,
      kind: fact.kind,
      population: fact.population,
      siteName: site.siteName,
      primaryColor: site.primaryColor,
      logoUrl: null,
      defaultLocale: site.defaultLocale,
      locales: site.locales,
    };
  });
  await db.insert(cities).values(rows).onConflictDoNothing();
  return { cities: rows.length };
}
