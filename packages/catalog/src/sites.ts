// The demo skins of the 32 tenants' sites: a name, a brand colour and the languages each offers.
import { type CityFact, type Locale, tenants } from '@baeumteo/contracts';

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
