/**
 * Every public function documents itself with an `@example`, and every example runs here: a line written
 * `expression; // expected` asserts that the expression equals the expected literal. An example that
 * stops being true fails the suite.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as lib from '../../src/index.js';
import * as sheet from '../../src/spreadsheet/index.js';

const SRC = join(__dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

interface Example {
  file: string;
  line: number;
  code: string;
}

const EXAMPLE = /@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g;

function examplesIn(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  for (const m of text.matchAll(EXAMPLE)) {
    const body = (m[2] ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n');
    out.push({ file: relative(SRC, file), line: text.slice(0, m.index).split('\n').length, code: body });
  }
  return out;
}

/** Reads the expected literal from a `// …` comment: the longest prefix that parses as an expression. */
function expectedSource(comment: string): string | undefined {
  const candidates = [comment];
  for (let i = comment.length - 1; i > 0; i--) {
    const c = comment[i];
    if (c === '(' || c === ':') candidates.push(comment.slice(0, i).trim());
  }
  for (const c of candidates) {
    try {
      // eslint-disable-next-line no-new-func
      new Function(`return (${c});`);
      return c;
    } catch {
      /* try a shorter prefix */
    }
  }
  return undefined;
}

const STATEMENT = /^(?:(?:const|let|var|import|export|if|for|while|throw|return|try)\b|}|\/\/)/;

function instrument(code: string): { source: string; checks: number } {
  let checks = 0;
  const lines = code.split('\n').map((line) => {
    const imp = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';?\s*$/.exec(line);
    if (imp) {
      if (imp[1]) return '';
      const names = (imp[2] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('type '));
      const from = ({ zod: '__zod', integreringsregler: '__lib', 'integreringsregler/spreadsheet': '__sheet' } as Record<string, string>)[
        imp[3] ?? ''
      ];
      if (from === undefined)
        throw new Error(`examples may import only from integreringsregler, integreringsregler/spreadsheet and zod: ${line}`);
      return `const { ${names.join(', ')} } = ${from};`;
    }
    const m = /^(\s*)(.+?);\s*\/\/\s*(.+)$/.exec(line);
    if (m && !STATEMENT.test((m[2] ?? '').trim())) {
      const expected = expectedSource(m[3] ?? '');
      if (expected !== undefined) {
        checks++;
        return `${m[1]}__check(${m[2]}, ${expected}, ${JSON.stringify(line.trim())});`;
      }
    }
    return line;
  });
  return { source: lines.join('\n'), checks };
}

const examples = sourceFiles(SRC).flatMap(examplesIn);

type Runner = (lib: unknown, zod: unknown, sheet: unknown, check: (actual: unknown, expected: unknown, text: string) => void) => void;

/**
 * Compiles every example in one esbuild call: inside a worker thread (as under Stryker) each
 * `transformSync` starts a new esbuild process, which per example would cost seconds per test run. An
 * example that does not compile is reported by its own test (compiled alone there).
 */
function compileAll(): (Runner | undefined)[] {
  try {
    const parts = examples.map(
      (ex, i) => `__runners[${i}] = function (__lib, __zod, __sheet, __check) {\n${instrument(ex.code).source}\n};`,
    );
    const js = transformSync(`const __runners = [];\n${parts.join('\n')}\nreturn __runners;`, { loader: 'ts', format: 'cjs' }).code;
    // eslint-disable-next-line no-new-func
    return new Function(js)() as Runner[];
  } catch {
    return examples.map(() => undefined);
  }
}

const runners = compileAll();

describe('every @example in the source runs and shows the truth', () => {
  it('finds examples', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  examples.forEach((ex, i) => {
    it(`${ex.file}:${ex.line}`, () => {
      const { source, checks } = instrument(ex.code);
      const check = (actual: unknown, expected: unknown, text: string) => {
        expect(actual, text).toEqual(expected);
      };
      const compiled = runners[i];
      if (compiled !== undefined) compiled(lib, zod, sheet, check);
      else {
        const js = transformSync(source, { loader: 'ts', format: 'cjs' }).code;
        // eslint-disable-next-line no-new-func
        new Function('__lib', '__zod', '__sheet', '__check', js)(lib, zod, sheet, check);
      }
      expect(checks, 'an example should show at least one result as `expr; // expected`').toBeGreaterThan(0);
    });
  });
});

describe('every exported function has a JSDoc with an @example', () => {
  const missing: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export (?:async )?function (\w+)/g)) {
      const doc = m[1] ?? '';
      const name = m[2] ?? '';
      if (!doc.includes('@example') && !doc.includes('@internal')) missing.push(`${relative(SRC, file)}: ${name}`);
    }
  }
  it('has none without', () => {
    expect(missing).toEqual([]);
  });
});
