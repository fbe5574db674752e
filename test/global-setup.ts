/**
 * Some tests run the built artifacts (the `integreringsregler` binary, the IIFE bundle). `npm test`
 * builds before it runs the tests; when the suite is run on its own (`npx vitest run`) and `dist/` is
 * missing or older than the sources, this builds it once first, so those tests never check a stale build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
/** The built files the tests use. */
export const BUILT = ['dist/cli.js', 'dist/index.js', 'dist/spreadsheet/index.js', 'dist/integreringsregler.iife.min.js'];

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((n) => newest(join(path, n))));
}

export default function setup(): void {
  const inputs = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'package.json')), newest(join(ROOT, 'tsup.config.ts')));
  const outputs = BUILT.map((f) => join(ROOT, f));
  const fresh = outputs.every((f) => existsSync(f) && statSync(f).mtimeMs >= inputs);
  if (fresh) return;
  process.stdout.write('global setup: dist/ is missing or older than src/; building it once (tsup)…\n');
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--silent'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`the build failed (exit ${String(r.status)}); the tests of the built artifacts cannot run`);
}
