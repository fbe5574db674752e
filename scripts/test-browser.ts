/**
 * Proof in a real browser: loads the built ESM bundle (dist/index.js and dist/spreadsheet/index.js, as a web
 * page would, with an import map for the dependencies) in headless Chromium (Debian's `chromium`, driven
 * by playwright-core), runs a representative computation and asserts the result. Builds nothing: run
 * `npm run build` (or `npm test`) first.
 *
 * When /usr/bin/chromium is missing it installs it (`apt-get install -y chromium`) if running as root;
 * otherwise it prints why it skips and exits 0 — never silently.
 *
 * Run: npm run test:browser      Last line on success: `1 passed, 0 failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from './static-server.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function skip(reason: string): never {
  console.log(`SKIP browser test: ${reason}`);
  process.exit(0);
}

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.platform !== 'linux' || process.getuid?.() !== 0)
    skip(`${CHROMIUM} is not installed and this process is not root, so it cannot install it (apt-get install chromium)`);
  console.log(`${CHROMIUM} is missing; installing Debian's chromium package (apt-get update && apt-get install -y chromium)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) skip(`apt-get ${args.join(' ')} failed (exit ${String(r.status)}); cannot install chromium here`);
  }
  if (!existsSync(CHROMIUM)) skip(`chromium was installed but ${CHROMIUM} is still missing`);
}

/** An import map for the bare module names the built bundle imports, resolved as Node resolves them. */
function importMap(): { imports: Record<string, string>; roots: Record<string, string> } {
  const modules = realpathSync(join(ROOT, 'node_modules'));
  const names = new Set<string>();
  const esm = (readdirSync(DIST, { recursive: true }) as string[]).filter(
    (n) => n.endsWith('.js') && !n.includes('iife') && n !== 'cli.js',
  );
  for (const f of esm) {
    for (const m of readFileSync(join(DIST, f), 'utf8').matchAll(/^(?:import|export)\s[^'";]*\bfrom\s*['"]([^'"./][^'"]*)['"]/gm))
      names.add(m[1] as string);
  }
  const imports: Record<string, string> = {};
  for (const name of names) {
    const file = realpathSync(fileURLToPath(import.meta.resolve(name)));
    if (!file.startsWith(modules)) throw new Error(`${name} resolved outside node_modules: ${file}`);
    imports[name] = `/node_modules${file.slice(modules.length)}`;
  }
  return { imports, roots: { '/dist/': DIST, '/node_modules/': modules } };
}

/** Runs in the page: the library as a web page uses it. */
async function inPage() {
  const lib = await import('/dist/index.js' as string);
  const sheet = await import('/dist/spreadsheet/index.js' as string);
  const g = lib.basicAmountOn({ date: '2024-05-01' });
  // The full introduction stipend a month, 2 G ÷ 12, exact then rounded half-up to øre once.
  const monthly = lib.roundHalfUpToOre(lib.moneyToRational(g.value).mul(lib.Rational.of(2, 12)));
  let error = '';
  try {
    lib.basicAmountOn({ date: '2023-02-29' });
  } catch (e) {
    error = (e as { format(l: string): string }).format('nb');
  }
  return {
    g: g.value.toString() as string,
    monthly: monthly.toString() as string,
    explanation: lib.renderExplanation(g.explanation, 'nb') as string,
    error,
    sheet: sheet.BASIC_AMOUNT(45413) as unknown,
    userAgent: navigator.userAgent,
  };
}

function check(actual: unknown, expected: unknown, what: string, failures: string[]): void {
  if (actual !== expected) failures.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, 'index.js')) || !existsSync(join(DIST, 'spreadsheet', 'index.js'))) {
    console.error(
      'dist/index.js or dist/spreadsheet/index.js is missing: run `npm run build` first (the browser test builds nothing itself).',
    );
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  ensureChromium();
  const { imports, roots } = importMap();
  const html = `<!doctype html><meta charset="utf-8"><title>integreringsregler</title><link rel="icon" href="data:,"><script type="importmap">${JSON.stringify({ imports })}</script>`;
  const server = await startStaticServer({ '/': html }, roots);
  const profile = mkdtempSync(join(tmpdir(), 'integreringsregler-chromium-'));
  const failures: string[] = [];
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: FLAGS,
      timeout: 60_000,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') failures.push(`console error: ${m.text()}`);
      });
      await page.goto(`${server.origin}/`);
      const r = await page.evaluate(inPage);
      console.log(`Chromium: ${r.userAgent}`);
      check(r.g, '124028', 'basicAmountOn 2024-05-01', failures);
      // 2 × 124 028 = 248 056; ÷ 12 = 20 671.333… → 20 671.33.
      check(r.monthly, '20671.33', '2 G ÷ 12 rounded half-up to øre', failures);
      check(r.sheet, 124028, 'BASIC_AMOUNT(45413) from the spreadsheet entry', failures);
      if (!r.explanation.includes('Grunnbeløpet (G) som gjaldt 2024-05-01')) failures.push(`explanation: ${r.explanation}`);
      if (!r.error.startsWith('date: «2023-02-29» er ikke en gyldig dato')) failures.push(`input error: ${r.error}`);
      if (server.misses.length > 0) failures.push(`not found: ${server.misses.join(', ')}`);
    } finally {
      await context.close();
    }
  } finally {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  for (const f of failures) console.log(`FAIL browser: ${f}`);
  console.log(failures.length === 0 ? '1 passed, 0 failed' : '0 passed, 1 failed');
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main().catch((e: unknown) => {
  console.error(`browser test could not run: ${e instanceof Error ? e.message : String(e)}`);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
