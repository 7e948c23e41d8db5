import { configDefaults, defineConfig } from 'vitest/config';
import { claimsPlugin } from './src/vitest/plugin.ts';

export default defineConfig({
  test: {
    // explicit, so a developer's terminal, an agent's and CI print the same thing
    reporters: process.env.GITHUB_ACTIONS ? ['default', 'github-actions'] : ['default'],
    // a corpus change can change any verdict (the claims plugin adds its own corpus paths too)
    forceRerunTriggers: [...configDefaults.forceRerunTriggers, '**/corpus/**'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          // the CLI runs the compiled dist/: rebuild it first when src/ changed
          globalSetup: ['test/setup/build.ts'],
          testTimeout: 60_000,
        },
      },
      {
        // claim files are test files: one test per claim, reported at the claim's YAML line
        plugins: [claimsPlugin({ corpus: 'corpus', claims: 'claims' })],
        test: {
          name: 'claims',
          include: ['claims/**/*.{yaml,yml}'],
          isolate: false,
          includeTaskLocation: true,
        },
      },
    ],
  },
});
