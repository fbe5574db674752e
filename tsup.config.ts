import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM for bundlers and Node, one output file per source file (as date-fns ships): with
    // "sideEffects": false a bundler drops every file a caller's imports do not reach, so one rule costs
    // its own code, its domain's tables and core, not the whole library.
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/cli/**', '!src/iife.ts'],
    format: ['esm'],
    bundle: false,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // CommonJS, one bundled file per entry point, with its declarations (.d.cts).
    entry: { index: 'src/index.ts', spreadsheet: 'src/spreadsheet/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
  },
  {
    // The declarations of the ESM build (.d.ts), one file per entry point.
    entry: { index: 'src/index.ts', spreadsheet: 'src/spreadsheet/index.ts' },
    format: ['esm'],
    dts: { only: true },
  },
  {
    // One file, no modules: a plain <script> tag or a spreadsheet's script editor. Its entry adds the
    // spreadsheet functions as `Integreringsregler.spreadsheet`.
    entry: { 'integreringsregler.iife': 'src/iife.ts' },
    format: ['iife'],
    globalName: 'Integreringsregler',
    minify: true,
    target: 'es2020',
    noExternal: [/.*/],
    platform: 'browser',
    outExtension: () => ({ js: '.min.js' }),
  },
  {
    // The command line, `integreringsregler` (package.json "bin"): ESM for Node, dependencies external.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
  },
]);
