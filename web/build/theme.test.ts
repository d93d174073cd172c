import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contrastProblems, contrastRatio } from './palette.ts';
import { loadCityTheme, readTenants, ThemeError } from './theme.ts';

const webDir = new URL('..', import.meta.url).pathname;
const citiesDir = join(webDir, 'cities');
const tenants = readTenants(join(webDir, '..'));

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A copy of web/cities to break on purpose. */
function scratchCities(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baeumteo-cities-'));
  scratch.push(dir);
  cpSync(citiesDir, dir, { recursive: true });
  return dir;
}

function editTheme(dir: string, city: string, edit: (theme: Record<string, unknown>) => void): void {
  const file = join(dir, city, 'theme.json');
  const theme = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(theme);
  writeFileSync(file, JSON.stringify(theme));
}

describe('contrast', () => {
  it('measures WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBe(1);
    expect(contrastRatio('#767676', '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeLessThan(4.5);
  });
});

describe('city skins', () => {
  it('every skin in web/cities passes AA contrast and loads', () => {
    for (const city of ['siheung', 'seongnam', 'namyangju', 'gyeonggi']) {
      const theme = loadCityTheme(citiesDir, city, tenants);
      expect(contrastProblems(theme.palette)).toEqual([]);
      expect(theme.locales.offered).toContain(theme.locales.default);
      expect(theme.footer.privacyPolicyUrl).toMatch(/^https:\/\//);
    }
  });

  it('the four skins look different: no two share a primary colour or a shape', () => {
    const skins = ['siheung', 'seongnam', 'namyangju', 'suwon'].map((c) =>
      loadCityTheme(citiesDir, c, tenants),
    );
    expect(new Set(skins.map((s) => s.palette.primary)).size).toBe(4);
    expect(new Set(skins.map((s) => `${s.shape.radius}/${s.shape.font}/${s.shape.header}`)).size).toBe(4);
  });

  it('a city without a folder wears the default skin with its own name', () => {
    const suwon = loadCityTheme(citiesDir, 'suwon', tenants);
    expect(suwon.isDefault).toBe(true);
    expect(suwon.cityId).toBe('suwon');
    expect(suwon.siteName.ko).toBe('수원시 평생학습 배움터');
    expect(suwon.siteName.en).toBe('Suwon Lifelong Learning');
    expect(suwon.footer.operator.ko).toContain('수원시');
    const siheung = loadCityTheme(citiesDir, 'siheung', tenants);
    expect(siheung.isDefault).toBe(false);
    expect(siheung.siteName.ko).toContain('SSOC');
  });

  it('an unknown city fails with the list of known ids', () => {
    expect(() => loadCityTheme(citiesDir, 'atlantis', tenants)).toThrow(ThemeError);
    expect(() => loadCityTheme(citiesDir, 'atlantis', tenants)).toThrow(
      /CITY="atlantis" is not a Gyeonggi tenant.*siheung/,
    );
  });

  it('a colour pair below AA contrast fails the build, naming the pair', () => {
    const dir = scratchCities();
    editTheme(dir, 'siheung', (theme) => {
      (theme.palette as Record<string, string>).muted = '#BBBBBB';
    });
    expect(() => loadCityTheme(dir, 'siheung', tenants)).toThrow(
      /muted #BBBBBB on surface #FFFFFF .* needs 4.5:1/,
    );
  });

  it('an invalid theme names each bad field', () => {
    const dir = scratchCities();
    editTheme(dir, 'seongnam', (theme) => {
      (theme.palette as Record<string, string>).primary = 'navy';
      (theme.footer as Record<string, string>).privacyPolicyUrl = 'http://insecure.example';
      theme.locales = { default: 'vi', offered: ['ko'] };
    });
    let message = '';
    try {
      loadCityTheme(dir, 'seongnam', tenants);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/palette\.primary: a colour as #rrggbb/);
    expect(message).toMatch(/footer\.privacyPolicyUrl/);
    expect(message).toMatch(/locales: locales\.default must be one of locales\.offered/);
  });

  it('a logo that is not in the folder fails', () => {
    const dir = scratchCities();
    editTheme(dir, 'namyangju', (theme) => {
      theme.logo = 'missing.svg';
    });
    expect(() => loadCityTheme(dir, 'namyangju', tenants)).toThrow(/missing\.svg is not in/);
  });
});
