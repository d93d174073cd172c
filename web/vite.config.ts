import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One app, one build per city: `CITY=seongnam pnpm --filter ./web build`.
const DEFAULT_CITY = 'suwon';
const DEFAULT_GRAPHQL_URL = 'http://localhost:4000/graphql';
const PORT = 5173;

const city = process.env.CITY?.trim() || DEFAULT_CITY;
if (!/^[a-z][a-z0-9-]*$/.test(city)) {
  throw new Error(
    `CITY must be a city id such as "${DEFAULT_CITY}" (lowercase letters, digits, "-"); got "${city}"`,
  );
}

const graphqlUrl = process.env.GRAPHQL_URL?.trim() || DEFAULT_GRAPHQL_URL;
if (!/^(https?:\/\/|\/)/.test(graphqlUrl)) {
  throw new Error(`GRAPHQL_URL must be an http(s) URL or an absolute path; got "${graphqlUrl}"`);
}

export default defineConfig({
  plugins: [react()],
  define: {
    __CITY__: JSON.stringify(city),
    __GRAPHQL_URL__: JSON.stringify(graphqlUrl),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: { port: PORT, strictPort: true },
  preview: { port: PORT, strictPort: true },
});
