/**
 * The house's import rules, read from the source: core imports only core; the sources only core; a
 * domain imports core, the sources, its own folder, and other domains only through their index or
 * parameters files; planning and the surfaces import domains through their index files; nothing under src/ imports a surface except the surfaces and
 * the root index; and no runtime import cycle exists.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');
const DOMAINS = ['basic-amount', 'stipend', 'programme', 'grants', 'caseload'];
const SURFACES = ['cases', 'schemas', 'spreadsheet', 'cli', 'export'];

function sources(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(dir, f));
}
/** Relative imports of a file (`import … from`, `export … from`), with whether they are type-only. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  const out: { target: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(/^(import|export)(\s+type)?\s[^;]*?from\s+'(\.[^']+)'/gms)) {
    out.push({ target: relative(SRC, resolve(dirname(file), (m[3] as string).replace(/\.js$/, '.ts'))), typeOnly: m[2] !== undefined });
  }
  return out;
}
const folderOf = (path: string) => (path.includes('/') ? path.split('/')[0] : '') as string;
const files = sources(SRC).map((f) => relative(SRC, f));
const graph = new Map(files.map((f) => [f, importsOf(join(SRC, f))]));

describe('the layers', () => {
  it('sources import only core', () => {
    const bad = files
      .filter((f) => folderOf(f) === 'sources')
      .flatMap((f) =>
        (graph.get(f) ?? []).filter((i) => !['core', 'sources'].includes(folderOf(i.target))).map((i) => `${f} → ${i.target}`),
      );
    expect(bad).toEqual([]);
  });
  it('core imports only core', () => {
    const bad = files
      .filter((f) => folderOf(f) === 'core')
      .flatMap((f) => (graph.get(f) ?? []).filter((i) => folderOf(i.target) !== 'core').map((i) => `${f} → ${i.target}`));
    expect(bad).toEqual([]);
  });
  it('a domain imports core, its own folder, the parameter set types, defineRule, and other domains only through index.ts or parameters.ts', () => {
    const bad: string[] = [];
    for (const f of files.filter((x) => DOMAINS.includes(folderOf(x)))) {
      for (const i of graph.get(f) ?? []) {
        const to = folderOf(i.target);
        if (to === 'core' || to === 'sources' || to === folderOf(f)) continue;
        if (to === '' && (i.target === 'parameter-set.ts' || i.target === 'rule-options.ts') && i.typeOnly) continue;
        if (i.target === 'define-rule.ts') continue;
        if (DOMAINS.includes(to) && /\/(index|parameters)\.ts$/.test(i.target)) continue;
        bad.push(`${f} → ${i.target}`);
      }
    }
    expect(bad).toEqual([]);
  });
  it('planning and the surfaces import the domains through their index files', () => {
    const bad = files
      .filter((f) => ['planning', ...SURFACES].includes(folderOf(f)))
      .flatMap((f) =>
        (graph.get(f) ?? [])
          .filter(
            (i) =>
              DOMAINS.includes(folderOf(i.target)) &&
              !i.target.endsWith('/index.ts') &&
              !(folderOf(f) === 'cases' || folderOf(f) === 'schemas'),
          )
          .map((i) => `${f} → ${i.target}`),
      );
    expect(bad).toEqual([]);
  });
  it('no core or domain file imports planning or a surface', () => {
    const bad = files
      .filter((f) => ['core', ...DOMAINS].includes(folderOf(f)))
      .flatMap((f) =>
        (graph.get(f) ?? []).filter((i) => ['planning', ...SURFACES].includes(folderOf(i.target))).map((i) => `${f} → ${i.target}`),
      );
    expect(bad).toEqual([]);
  });
});

describe('no runtime import cycle', () => {
  it('depth-first search over the value imports finds no cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]): void => {
      state.set(f, 'open');
      for (const i of graph.get(f) ?? []) {
        if (i.typeOnly || !graph.has(i.target)) continue;
        const s = state.get(i.target);
        if (s === 'open') cycles.push([...path, f, i.target].join(' → '));
        else if (s === undefined) visit(i.target, [...path, f]);
      }
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
