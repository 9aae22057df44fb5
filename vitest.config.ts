import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['src/server/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores on the CI machine: each test file gets its own database copy, files run in parallel.
    maxWorkers: 2,
    // Cheap argon2 in tests (passwords.ts honours it only with NODE_ENV=test, which vitest sets).
    env: { PASSWORD_HASH_CHEAP: 'true' },
    // .ci/run's second run (Node 24) writes its results beside the first one's.
    reporters: [
      'default',
      ['json', { outputFile: process.env.VITEST_JSON_OUTPUT ?? 'test-results/vitest.json' }],
    ],
  },
});
