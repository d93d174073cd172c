import { defineProject } from 'vitest/config';

// The gateway-level API tests again, through Hive Gateway on the same supergraph and subgraphs
// (tests/src/platform.ts starts it when BAEUMTEO_GATEWAY=hive). They need no browser, hence no
// globalSetup: no site builds, no Chromium.
export default defineProject({
  test: {
    name: 'tests-hive',
    include: [
      // The API as a city developer uses it.
      'test/catalog.test.ts',
      'test/identity-*.test.ts',
      'test/academic-*.test.ts',
      'test/partial-answers.test.ts',
      'test/simultaneous-callers.test.ts',
      // The gateway's own duties: limits, masking, GraphQL over HTTP, rate limits, client
      // addresses and the assertion subgraphs check.
      'test/gateway.test.ts',
      'test/bad-input.test.ts',
      'test/schema-details.test.ts',
      'test/graphql-over-http.test.ts',
      'test/rate-limits.test.ts',
      'test/client-addresses.test.ts',
      'test/service-trust.test.ts',
    ],
    env: { BAEUMTEO_GATEWAY: 'hive' },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
