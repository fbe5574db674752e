/**
 * The CLI's logic without the process: arguments, output lines and exit codes, over an in-memory file
 * system.
 */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import type { CliIo } from '../../src/cli/command.js';
import { runCli } from '../../src/cli/run-cli.js';

function memoryIo(files: Record<string, string>): CliIo {
  const dirs = new Set(
    Object.keys(files).flatMap((p) =>
      p
        .split('/')
        .slice(0, -1)
        .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
    ),
  );
  const enoent = (path: string) => Object.assign(new Error(`no such file ${path}`), { code: 'ENOENT' });
  return {
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw enoent(path);
      return text;
    },
    isDirectory: (path) => {
      if (dirs.has(path)) return true;
      if (files[path] !== undefined) return false;
      throw enoent(path);
    },
    list: (path) =>
      Object.keys(files)
        .filter((p) => p.startsWith(`${path}/`) && !p.slice(path.length + 1).includes('/'))
        .map((p) => p.slice(path.length + 1)),
  };
}

const good = JSON.stringify({
  cases: [{ id: 'G2', description: 'G 2024', rule: 'basicAmountOn', input: { date: '2024-05-01' }, expected: '124028' }],
});
const wrong = JSON.stringify({
  cases: [{ id: 'W1', description: 'wrong on purpose', rule: 'basicAmountOn', input: { date: '2024-05-01' }, expected: '124000' }],
});
const malformed = JSON.stringify({ cases: [{ id: 'M1', rule: 'basicAmountOn', input: {} }] });

describe('parseArgs', () => {
  it('finds global options anywhere and the command with its arguments', () => {
    expect(parseArgs(['check', 'a.json', '--lang', 'en', 'dir'])).toEqual({
      kind: 'run',
      lang: 'en',
      command: 'check',
      args: ['a.json', 'dir'],
    });
    expect(parseArgs(['--lang=en', '--help'])).toEqual({ kind: 'help', lang: 'en' });
    expect(parseArgs(['check', '-h'])).toEqual({ kind: 'help', lang: 'nb', command: 'check' });
    expect(parseArgs(['-v'])).toEqual({ kind: 'version', lang: 'nb' });
    expect(parseArgs(['check', '--', '-odd.json'])).toEqual({ kind: 'run', lang: 'nb', command: 'check', args: ['-odd.json'] });
  });
  it('reports what is wrong with a command line', () => {
    expect(parseArgs([])).toMatchObject({ kind: 'usage-error', problem: { code: 'no_command' } });
    expect(parseArgs(['check', '--fast'])).toMatchObject({ kind: 'usage-error', problem: { code: 'unknown_option', option: '--fast' } });
    expect(parseArgs(['--lang', 'de', 'check'])).toMatchObject({ kind: 'usage-error', problem: { code: 'bad_lang', value: 'de' } });
    expect(parseArgs(['--lang'])).toMatchObject({ kind: 'usage-error', problem: { code: 'bad_lang', value: '' } });
  });
});

describe('runCli', () => {
  const io = memoryIo({
    'cases/good.json': good,
    'cases/good.schema.json': '{}',
    'bad/wrong.json': wrong,
    'm.json': malformed,
    'n.json': '{ nope',
    'empty/readme.txt': '',
  });
  const run = (...argv: string[]) => runCli(argv, io, '9.9.9');

  it('passes a directory of good case files, skipping JSON Schemas', () => {
    expect(run('check', 'cases')).toEqual({ stdout: ['1 passed, 0 failed'], stderr: [], exitCode: 0 });
  });
  it('prints one line per failing case with the difference, and fails', () => {
    expect(run('check', 'cases', 'bad/wrong.json')).toEqual({
      stdout: ['FAIL bad/wrong.json: W1 (basicAmountOn): (value): expected "124000", got "124028"', '1 passed, 1 failed'],
      stderr: [],
      exitCode: 1,
    });
  });
  it('lists a malformed file’s problems with their paths, in the chosen language, and fails', () => {
    const nb = run('check', 'm.json');
    expect(nb.exitCode).toBe(1);
    expect(nb.stdout).toEqual(['0 passed, 0 failed']);
    expect(nb.stderr).toEqual(['m.json: er ikke en gyldig saksfil:', '  cases.0.description: mangler (skal være en tekst)']);
    expect(run('--lang', 'en', 'check', 'm.json').stderr).toEqual([
      'm.json: is not a valid case file:',
      '  cases.0.description: is required (a string)',
    ]);
  });
  it('fails on text that is not JSON, a missing file and a directory without case files', () => {
    const r = run('--lang', 'en', 'check', 'n.json', 'missing.json', 'empty', 'cases');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toEqual(['1 passed, 0 failed']);
    expect(r.stderr[0]).toMatch(/^n\.json: is not valid JSON \(/);
    expect(r.stderr.slice(1)).toEqual(['missing.json: cannot be read (ENOENT)', 'empty: the directory has no case files (*.json)']);
  });
  it('answers usage errors with exit code 2 and a pointer to --help', () => {
    expect(run('check')).toMatchObject({ exitCode: 2, stderr: ['Oppgi minst én saksfil eller mappe.', 'Se «integreringsregler --help».'] });
    expect(run('--lang', 'en', 'forcast')).toMatchObject({
      exitCode: 2,
      stderr: [
        'Unknown command "forcast". Known commands: check, forecast, stipend, grants, programme.',
        'See "integreringsregler --help".',
      ],
    });
    expect(run()).toMatchObject({ exitCode: 2 });
  });
  it('shows help and the version', () => {
    const help = run('--help', '--lang', 'en');
    expect(help.exitCode).toBe(0);
    expect(help.stdout[0]).toBe('Usage: integreringsregler [--lang nb|en] <command> …');
    expect(help.stdout.some((l) => /^ {2}check <file-or-dir>\.\.\. +run case files/.test(l))).toBe(true);
    expect(run('check', '--help').stdout[0]).toBe('Bruk: integreringsregler [--lang nb|en] check …');
    expect(run('--version')).toEqual({ stdout: ['9.9.9'], stderr: [], exitCode: 0 });
  });
});
