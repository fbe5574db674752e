import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library for bundlers and Node: ESM and CJS, each with its own declarations. The spreadsheet
    // functions are a second entry point, `integreringsregler/spreadsheet`.
    entry: { index: 'src/index.ts', spreadsheet: 'src/spreadsheet/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
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
