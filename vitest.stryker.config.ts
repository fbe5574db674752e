import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite as Stryker runs it: test files share one module graph (`isolate: false`), so zod and
// decimal.js load once per mutant instead of once per test file — about 3× faster. Safe because the library
// keeps no global mutable state.
//
// The tests of the built artifacts (the CLI binary, the IIFE bundle in a Google Sheets shim) are left out,
// and so is the global setup that builds dist/: they test dist/, never the mutated src/, so they can kill
// no mutant, and building the instrumented sources inside Stryker's sandbox fails.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    globalSetup: [],
    isolate: false,
    exclude: [...configDefaults.exclude, 'test/cli/bin.test.ts', 'test/spreadsheet/google-sheets.test.ts'],
  },
});
