#!/usr/bin/env node
// Bundle-size gate, run by `npm test` after the build. Measures, minified and gzipped (level 9):
//  - every one-file bundle in dist/ (`*.min.js`: the IIFE for <script> tags and spreadsheets, and any
//    other entry added later);
//  - a tree-shaken import of single functions from the ESM build (what a bundler user pays for one rule),
//    bundled here with esbuild (minify, metafile).
// Compares each with size-budget.json and exits 1 with a clear message if one is over budget. A bundle
// with no budget yet is reported, not failed: give it a budget when it lands.
// Usage: node scripts/check-size.mjs [--json]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const budget = JSON.parse(readFileSync(join(ROOT, 'size-budget.json'), 'utf8'));

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

if (!existsSync(join(DIST, 'index.js'))) {
  console.error('check-size: dist/ is missing; run `npm run build` first.');
  process.exit(1);
}

const rows = [];
for (const file of readdirSync(DIST)
  .filter((f) => f.endsWith('.min.js'))
  .sort()) {
  const bytes = readFileSync(join(DIST, file));
  rows.push({ name: `dist/${file}`, min: bytes.length, gzip: gz(bytes), limit: budget.bundles?.[`dist/${file}`] });
}

for (const [name, exported] of Object.entries(budget.imports ?? {})) {
  const { names } = exported;
  const result = await build({
    stdin: { contents: `export { ${names.join(', ')} } from './dist/index.js';`, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const out = result.outputFiles[0].contents;
  const output = Object.values(result.metafile.outputs)[0];
  const top = Object.entries(output.inputs)
    .map(([input, v]) => [input.replace(/^node_modules\//, ''), v.bytesInOutput])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  rows.push({ name, min: out.length, gzip: gz(out), limit: exported.gzipBytes, top });
}

let failed = false;
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
console.log('bundle                                   minified     gzipped    budget (gzip)');
for (const r of rows) {
  const status = r.limit === undefined ? 'NO BUDGET' : r.gzip > r.limit ? 'OVER' : 'ok';
  console.log(
    `${r.name.padEnd(40)} ${kb(r.min).padStart(10)} ${kb(r.gzip).padStart(10)} ${(r.limit === undefined ? '-' : kb(r.limit)).padStart(10)}  ${status}`,
  );
  if (status === 'OVER') {
    failed = true;
    console.error(
      `\n✗ ${r.name} is ${r.gzip} bytes gzipped, over its budget of ${r.limit} bytes by ${r.gzip - r.limit} bytes (${(((r.gzip - r.limit) / r.limit) * 100).toFixed(1)} %).`,
    );
    if (r.top) console.error(`  Largest inputs (bytes in the minified output): ${r.top.map(([i, b]) => `${i} ${b}`).join(', ')}`);
    console.error('  If the growth is deliberate (a new domain, a needed dependency), raise the budget in size-budget.json');
    console.error('  in the same commit and say why; otherwise find what pulled the extra code in.');
  }
  if (status === 'NO BUDGET') console.warn(`  note: ${r.name} has no budget in size-budget.json yet; add one.`);
}
process.exit(failed ? 1 : 0);
