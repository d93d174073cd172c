// A city's skin: web/cities/<id>/theme.json, checked and completed when its site is built.
// A city without a folder gets web/cities/default/ with its own name filled in; what the API
// knows of it (City.site) refines the default skin at run time.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { contrastProblems, type Palette } from './palette.ts';

export const LOCALES = ['ko', 'en', 'zh', 'vi'] as const;
export type SiteLocale = (typeof LOCALES)[number];

const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');
const text = z.string().trim().min(1).max(200);
/** Korean is required; other languages fall back to English, then Korean. */
const localized = z
  .object({ ko: text, en: text.optional(), zh: text.optional(), vi: text.optional() })
  .strict();
const locale = z.enum(LOCALES);

const themeSchema = z
  .object({
    siteName: localized,
    tagline: localized,
    locales: z
      .object({ default: locale, offered: z.array(locale).min(1) })
      .strict()
      .refine((l) => l.offered.includes(l.default), 'locales.default must be one of locales.offered'),
    palette: z
      .object({
        primary: hex,
        onPrimary: hex,
        accent: hex,
        onAccent: hex,
        background: hex,
        surface: hex,
        text: hex,
        muted: hex,
        link: hex,
        focus: hex,
        danger: hex,
        success: hex,
      })
      .strict(),
    shape: z
      .object({
        radius: z.number().int().min(0).max(32),
        font: z.enum(['sans', 'rounded', 'serif']),
        header: z.enum(['solid', 'light', 'band']),
      })
      .strict(),
    logo: z.string().regex(/^[\w-]+\.(svg|png|webp)$/, 'a file name in the city folder, e.g. logo.svg'),
    hero: z
      .string()
      .regex(/^[\w-]+\.(svg|png|webp|jpg)$/)
      .optional(),
    footer: z
      .object({
        operator: localized,
        address: localized,
        phone: z.string().regex(/^[\d-]{7,20}$/, 'a phone number such as 031-000-0000'),
        privacyPolicyUrl: z.url({ protocol: /^https$/ }),
        termsUrl: z.url({ protocol: /^https$/ }).optional(),
      })
      .strict(),
    notices: z
      .array(
        z
          .object({
            date: z.iso.date(),
            title: localized,
            url: z.url({ protocol: /^https$/ }).optional(),
          })
          .strict(),
      )
      .max(20),
  })
  .strict();

export type ThemeFile = z.infer<typeof themeSchema>;
export type Localized = z.infer<typeof localized>;

export interface TenantFact {
  id: string;
  nameKo: string;
  nameEn: string;
}

/** The skin a build carries: the theme file, completed for its city. */
export interface CityTheme extends Omit<ThemeFile, 'logo' | 'hero'> {
  cityId: string;
  cityName: Localized;
  /** True for the province's default skin: the API's City.site may refine it at run time. */
  isDefault: boolean;
  /** Source files of the logo and hero image (the build emits them with hashed names). */
  logoFile: string;
  heroFile: string | null;
}

const DEFAULT_FOLDER = 'default';

/** The province and its 31 cities and counties, from the project's reference data. */
export function readTenants(repoRoot: string): TenantFact[] {
  const file = join(repoRoot, 'packages/contracts/data/gyeonggi-cities.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { province: TenantFact; cities: TenantFact[] };
  return [data.province, ...data.cities].map(({ id, nameKo, nameEn }) => ({ id, nameKo, nameEn }));
}

export class ThemeError extends Error {}

function fill(value: Localized, city: Localized): Localized {
  const out: Record<string, string> = {};
  for (const key of LOCALES) {
    const template = value[key];
    if (template) out[key] = template.replaceAll('{city}', city[key] ?? city.en ?? city.ko);
  }
  return out as Localized;
}

function parseTheme(file: string): ThemeFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ThemeError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = themeSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
    throw new ThemeError(`${file} is not a valid theme:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/**
 * The skin of one city's build: its folder's theme.json, else the default skin with the city's
 * name. An unknown city, an invalid theme, a missing logo or a colour pair below WCAG AA
 * contrast is a ThemeError that names the problem.
 */
export function loadCityTheme(citiesDir: string, cityId: string, tenants: readonly TenantFact[]): CityTheme {
  const tenant = tenants.find((t) => t.id === cityId);
  if (!tenant) {
    const known = tenants.map((t) => t.id).join(', ');
    throw new ThemeError(`CITY="${cityId}" is not a Gyeonggi tenant. Known ids: ${known}`);
  }
  const own = join(citiesDir, cityId);
  const folder = existsSync(join(own, 'theme.json')) ? own : join(citiesDir, DEFAULT_FOLDER);
  const file = join(folder, 'theme.json');
  const theme = parseTheme(file);
  const problems = contrastProblems(theme.palette as Palette);
  if (problems.length > 0) {
    throw new ThemeError(`${file}: colours below WCAG AA contrast:\n  ${problems.join('\n  ')}`);
  }
  for (const asset of [theme.logo, theme.hero]) {
    if (asset && !existsSync(join(folder, asset)))
      throw new ThemeError(`${file}: ${asset} is not in ${folder}`);
  }
  const cityName: Localized = { ko: tenant.nameKo, en: tenant.nameEn };
  const { logo, hero, ...rest } = theme;
  return {
    ...rest,
    cityId,
    cityName,
    isDefault: folder !== own,
    siteName: fill(theme.siteName, cityName),
    tagline: fill(theme.tagline, cityName),
    footer: { ...theme.footer, operator: fill(theme.footer.operator, cityName) },
    logoFile: join(folder, logo),
    heroFile: hero ? join(folder, hero) : null,
  };
}
