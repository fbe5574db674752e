/**
 * The built `integreringsregler` binary (dist/cli.js, built by the global setup or `npm test`), run as a
 * user runs it: a real process, real files, real exit codes.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const work = mkdtempSync(join(tmpdir(), 'integreringsregler-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the integreringsregler binary', () => {
  it('starts with a shebang, so npm can link it as a command', () => {
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('checks the shipped case files: all pass, exit 0', () => {
    const r = cli('check', join(ROOT, 'cases'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\d+ passed, 0 failed\n$/);
    expect(r.code).toBe(0);
  });

  it('prints each failing case with its difference and exits 1', () => {
    mkdirSync(join(work, 'mixed'));
    writeFileSync(
      join(work, 'mixed', 'g.json'),
      JSON.stringify({
        cases: [
          { id: 'ok', description: 'G on 1 May 2024', rule: 'basicAmountOn', input: { date: '2024-05-01' }, expected: '124028' },
          { id: 'off', description: 'a wrong figure', rule: 'basicAmountOn', input: { date: '2024-05-01' }, expected: '124028.01' },
        ],
      }),
    );
    writeFileSync(join(work, 'mixed', 'case-file.schema.json'), '{"this is": "not a case file and is skipped"}');
    const r = cli('check', 'mixed');
    expect(r.stdout).toBe('FAIL mixed/g.json: off (basicAmountOn): (value): expected "124028.01", got "124028"\n1 passed, 1 failed\n');
    expect(r.code).toBe(1);
  });

  it('lists a malformed case file’s problems with paths, without a stack trace, and exits 1', () => {
    writeFileSync(join(work, 'bad.json'), JSON.stringify({ cases: [{ id: 'x', description: 'd', rule: 'basicAmountOn', input: {}, expected: 1, extra: true }] }));
    const r = cli('--lang', 'en', 'check', 'bad.json');
    expect(r.stderr).toBe('bad.json: is not a valid case file:\n  cases.0: unknown fields: «extra»\n');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('0 passed, 0 failed\n');
    expect(r.code).toBe(1);
  });

  it('answers --version, --help and a usage error', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(cli('--help', '--lang', 'en').stdout).toMatch(/^Usage: integreringsregler/);
    expect(cli('check').code).toBe(2);
  });
});
