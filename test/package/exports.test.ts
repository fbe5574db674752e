// The package as a caller installs it: every entry point in the exports map resolves, a domain's subpath
// hands out the same functions and classes as the root (ESM and CommonJS), and the published declarations
// carry nothing marked @internal. Runs on the built dist/ (test/global-setup.ts builds it when stale).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  exports: Record<string, { import: { default: string }; require: { default: string } } | string>;
};
const DOMAINS = {
  './basic-amount': 'basicAmountOn',
  './stipend': 'stipendForMonth',
  './programme': 'programmeEndDate',
  './grants': 'integrationGrant',
  './caseload': 'adviserFteNeeded',
  './planning': 'settlementForecast',
} as const;
const requireHere = createRequire(import.meta.url);

describe('the exports map', () => {
  it('lists the root, the spreadsheet functions and one subpath per domain', () => {
    expect(Object.keys(pkg.exports)).toEqual(['.', './spreadsheet', ...Object.keys(DOMAINS), './package.json']);
  });
  for (const [subpath, fn] of Object.entries(DOMAINS)) {
    it(`${subpath} (ESM and CJS) gives the root's ${fn} and InputError`, async () => {
      const entry = pkg.exports[subpath] as { import: { default: string }; require: { default: string } };
      const root = (await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href)) as Record<string, unknown>;
      const sub = (await import(pathToFileURL(join(ROOT, entry.import.default)).href)) as Record<string, unknown>;
      expect(typeof sub[fn]).toBe('function');
      expect(sub[fn]).toBe(root[fn]);
      const rootCjs = requireHere(join(ROOT, 'dist', 'index.cjs')) as Record<string, unknown>;
      const subCjs = requireHere(join(ROOT, entry.require.default)) as Record<string, unknown>;
      expect(subCjs[fn]).toBe(rootCjs[fn]);
      expect(rootCjs['InputError']).toBeDefined();
    });
  }
  it('the published declarations carry nothing marked @internal', () => {
    const dts = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.d.ts') || f.endsWith('.d.cts'));
    expect(dts.length).toBeGreaterThan(4);
    for (const f of dts) expect(readFileSync(join(ROOT, 'dist', f), 'utf8').includes('@internal'), f).toBe(false);
  });
});
