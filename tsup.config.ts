import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library for bundlers and Node: ESM and CJS, each with its own declarations.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    treeshake: true,
  },
  {
    // One file, no modules: a plain <script> tag or a spreadsheet's script editor.
    entry: { 'integreringsregler.iife': 'src/index.ts' },
    format: ['iife'],
    globalName: 'Integreringsregler',
    minify: true,
    target: 'es2020',
    noExternal: [/.*/],
    platform: 'browser',
    outExtension: () => ({ js: '.min.js' }),
  },
]);
