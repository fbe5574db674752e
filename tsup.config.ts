import { defineConfig } from 'tsup';

/** The package's entry points: the root, the spreadsheet functions and one subpath per domain. */
const ENTRIES = {
  index: 'src/index.ts',
  spreadsheet: 'src/spreadsheet/index.ts',
  'basic-amount': 'src/basic-amount/index.ts',
  stipend: 'src/stipend/index.ts',
  programme: 'src/programme/index.ts',
  grants: 'src/grants/index.ts',
  caseload: 'src/caseload/index.ts',
  planning: 'src/planning/index.ts',
};

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
    // CommonJS, one file per entry point over shared chunks (so the root and a domain's subpath share one
    // InputError class), with its declarations (.d.cts).
    entry: ENTRIES,
    format: ['cjs'],
    splitting: true,
    // What is marked @internal is left out of the published declarations.
    dts: { compilerOptions: { stripInternal: true } },
    sourcemap: true,
    target: 'es2022',
    treeshake: true,
  },
  {
    // The declarations of the ESM build (.d.ts), one file per entry point.
    entry: ENTRIES,
    format: ['esm'],
    dts: { only: true, compilerOptions: { stripInternal: true } },
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
