import { defineConfig } from 'vitest/config';

// Unit tests of the city site (pure logic: i18n, formatting, errors, colors, cache policy); no DOM needed.
export default defineConfig({
  test: {
    name: 'web',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
