import { defineProject } from 'vitest/config';

/** The settings every package's test project shares; each package names itself. */
export function project(name: string) {
  return defineProject({
    test: {
      name,
      include: ['test/**/*.test.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  });
}
