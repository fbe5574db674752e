import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Examples import the package by name, as a user would; here the name means the source.
  resolve: {
    alias: [
      { find: /^integreringsregler\/spreadsheet$/, replacement: fileURLToPath(new URL('./src/spreadsheet/index.ts', import.meta.url)) },
      { find: /^integreringsregler$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'examples/**/*.test.ts'],
    environment: 'node',
    // Some tests start real processes (the built CLI) or run property tests; on a shared 2-core machine the
    // 5 s default is too tight.
    testTimeout: 30_000,
    // Builds dist/ when it is missing or stale: some tests run the built binary and the IIFE bundle.
    globalSetup: ['test/global-setup.ts'],
  },
});
