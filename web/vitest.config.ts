import { defineConfig } from 'vitest/config';

// Unit tests of the city site (pure logic: skins, i18n, formatting, errors, colours, cache policy); no DOM needed.
export default defineConfig({
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
  },
});
