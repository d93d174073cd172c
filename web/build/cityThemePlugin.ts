// The Vite side of a city skin: the theme as a module (`virtual:city-theme`), its colours as CSS
// custom properties in the first stylesheet, and an index.html that already wears the skin: lang,
// title, theme colour, icon and a static header that paints before any script has run.
import type { Plugin } from 'vite';
import type { CityTheme, SiteLocale } from './theme.ts';

const MODULE_ID = 'virtual:city-theme';
const CSS_ID = 'virtual:city-theme.css';
const resolved = (id: string) => `\0${id}`;

const FONTS: Record<CityTheme['shape']['font'], string> = {
  sans: '"Pretendard", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", system-ui, sans-serif',
  rounded:
    '"Nanum Square Round", "NanumSquareRound", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", ui-rounded, system-ui, sans-serif',
  serif: '"Noto Serif KR", "Noto Serif CJK KR", "Nanum Myeongjo", "Batang", Georgia, serif',
};

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export function themeCss(theme: CityTheme): string {
  const vars = Object.entries(theme.palette).map(([name, value]) => `  --color-${kebab(name)}: ${value};`);
  return `:root {\n${vars.join('\n')}\n  --radius: ${theme.shape.radius}px;\n  --font-body: ${FONTS[theme.shape.font]};\n}\n`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The text of a localized value in a locale: that language, else English, else Korean. */
export function pick(
  value: Partial<Record<SiteLocale, string>> & { ko: string },
  locale: SiteLocale,
): string {
  return value[locale] ?? value.en ?? value.ko;
}

export function cityThemePlugin(theme: CityTheme): Plugin {
  const { logoFile, heroFile, ...data } = theme;
  const lang = data.locales.default;
  return {
    name: 'baeumteo-city-theme',
    resolveId(id) {
      if (id === MODULE_ID || id === CSS_ID) return resolved(id);
      return undefined;
    },
    load(id) {
      if (id === resolved(CSS_ID)) return themeCss(theme);
      if (id !== resolved(MODULE_ID)) return undefined;
      const hero = heroFile
        ? `import heroUrl from ${JSON.stringify(`${heroFile}`)};`
        : 'const heroUrl = null;';
      return [
        `import logoUrl from ${JSON.stringify(`${logoFile}`)};`,
        hero,
        `export const theme = { ...${JSON.stringify(data)}, logoUrl, heroUrl };`,
      ].join('\n');
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const name = escapeHtml(pick(data.siteName, lang));
        const tagline = escapeHtml(pick(data.tagline, lang));
        return html
          .replace('<html lang="ko">', `<html lang="${lang}" data-header="${data.shape.header}">`)
          .replace(/<title>.*<\/title>/, `<title>${name}</title>`)
          .replace('__DESCRIPTION__', tagline)
          .replace('__THEME_COLOR__', data.palette.primary)
          .replace('__SITE_NAME__', name);
      },
    },
  };
}
