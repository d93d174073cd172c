import { defineProject } from 'vitest/config';

// Gateway-level tests over HTTP (test/) and the city sites in a real browser (e2e/): the sites
// are built once and one Chromium serves every page test (e2e/globalSetup.ts).
export default defineProject({
  test: {
    name: 'tests',
    include: ['test/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['./e2e/globalSetup.ts'],
    testTimeout: 60_000,
    // A page's first load in a new browser context (chunks, config, its query) can take more
    // than a second on a loaded two-core CI machine: polls wait up to 5 s before failing.
    expect: { poll: { timeout: 5_000 } },
    hookTimeout: 180_000,
  },
});
