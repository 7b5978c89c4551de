import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    css: false,
    // Sized for a busy 2-core machine, not a quiet one: the slowest unit and component tests
    // (rendering the seed's details panel, parsing arctic.gexf, the property tests) take 1–3 s
    // quiet and were seen at 5–8 s under a load average of 6–20. A test that needs more says
    // so with its own timeout argument. A timeout is reported as one by scripts/test-all.mjs.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
