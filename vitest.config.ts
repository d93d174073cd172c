import { defineConfig } from 'vitest/config';

// One run over every package's suites; each package names itself in its own vitest.config.ts.
export default defineConfig({
  test: {
    projects: ['packages/*', 'subgraphs/*/vitest.config.ts', 'gateway', 'schema', 'tests', 'web'],
  },
});
