import { defineConfig } from 'vitest/config';

// One run over every package's suites; each package names itself in its own vitest.config.ts.
// tests-hive runs the gateway-level API tests again through Hive Gateway (docs/gateways.md).
export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'subgraphs/*/vitest.config.ts',
      'gateway',
      'schema',
      'tests',
      'tests/vitest.hive.config.ts',
      'web',
    ],
  },
});
