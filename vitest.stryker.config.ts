import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite as Stryker runs it: test files share one module graph (`isolate: false`), so zod, luxon and
// date-fns load once per mutant instead of once per test file — about 3× faster. Safe because the library
// keeps no global mutable state.
export default mergeConfig(base, defineConfig({ test: { isolate: false } }));
