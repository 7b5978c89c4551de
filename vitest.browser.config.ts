import { defineConfig } from 'vitest/config';

// Browser tests: drive the built app (dist/) in the system Chromium through playwright-core.
// Run `npm run build` first; tests/browser/global-setup.ts serves dist/ and provides `baseUrl`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: one Chromium at a time.
    fileParallelism: false,
    globalSetup: 'tests/browser/global-setup.ts',
  },
});
