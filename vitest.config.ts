import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // explicit, so a developer's terminal, an agent's and CI print the same thing
    reporters: process.env.GITHUB_ACTIONS ? ['default', 'github-actions'] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
