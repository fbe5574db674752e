import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    environment: 'node',
    // Builds dist/ when it is missing or stale: some tests run the built binary and the IIFE bundle.
    globalSetup: ['test/global-setup.ts'],
  },
});
