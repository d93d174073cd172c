import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cityThemePlugin } from './build/cityThemePlugin.ts';
import { loadCityTheme, readTenants, ThemeError } from './build/theme.ts';

// One app, one build per city: `CITY=seongnam pnpm build` writes web/dist/seongnam/.
const webDir = dirname(fileURLToPath(import.meta.url));
const DEFAULT_CITY = 'suwon';
const DEFAULT_GRAPHQL_URL = 'http://localhost:4000/graphql';
const PORT = 5173;

function fail(message: string): never {
  // One readable line (or a short list) instead of a stack trace: the build stops here.
  console.error(`\nbaeumteo web build: ${message}\n`);
  process.exit(1);
}

const city = process.env.CITY?.trim() || DEFAULT_CITY;
if (!/^[a-z][a-z0-9-]*$/.test(city)) {
  fail(`CITY must be a city id such as "siheung" (lowercase letters, digits, "-"); got "${city}"`);
}

const graphqlUrl = process.env.GRAPHQL_URL?.trim() || DEFAULT_GRAPHQL_URL;
if (!/^(https?:\/\/|\/)/.test(graphqlUrl)) {
  fail(`GRAPHQL_URL must be an http(s) URL or an absolute path; got "${graphqlUrl}"`);
}

const basePath = process.env.BASE_PATH?.trim() || '/';
if (!/^\/([\w.-]+\/)*$/.test(basePath)) {
  fail(`BASE_PATH must start and end with "/", e.g. "/" or "/learn/"; got "${basePath}"`);
}

let theme: ReturnType<typeof loadCityTheme>;
try {
  theme = loadCityTheme(join(webDir, 'cities'), city, readTenants(join(webDir, '..')));
} catch (error) {
  if (error instanceof ThemeError) fail(error.message);
  throw error;
}

export default defineConfig({
  base: basePath,
  plugins: [react(), cityThemePlugin(theme)],
  define: {
    __GRAPHQL_URL__: JSON.stringify(graphqlUrl),
  },
  build: {
    outDir: process.env.OUT_DIR?.trim() || join('dist', city),
    emptyOutDir: true,
    // Logos and images stay files: the Content-Security-Policy allows images from 'self' only.
    assetsInlineLimit: 0,
  },
  server: { port: PORT, strictPort: true },
  preview: { port: PORT, strictPort: true },
});
