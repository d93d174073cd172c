import { defineProject } from 'vitest/config';

// Gateway-level tests over HTTP (test/) and the city sites in a real browser (e2e/): the sites
// are built once and one Chromium serves every page test (e2e/globalSetup.ts).
export default defineProject({
  test: {
    name: 'tests',
    include: ['test/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['./e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
