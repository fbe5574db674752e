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
  return cliWithInput(undefined, ...args);
}

function cliWithInput(input: string | undefined, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: work, encoding: 'utf8', ...(input === undefined ? {} : { input }) });
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
    writeFileSync(
      join(work, 'bad.json'),
      JSON.stringify({ cases: [{ id: 'x', description: 'd', rule: 'basicAmountOn', input: {}, expected: 1, extra: true }] }),
    );
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

  it('stipend: one month from options, and from JSON on standard input with --json', () => {
    // June 2024, age 40: 248 056 ÷ 12 = 20 671.33; 7.5 h × 248 056 ÷ 1850 = 1 005.63 off → 19 665.70
    const flags = [
      'stipend',
      '--regime',
      'introduksjonsloven',
      '--birth-date',
      '1984-03-10',
      '--month',
      '2024-06',
      '--programme-start',
      '2023-09-01',
      '--unexcused-hours',
      '7.5',
    ];
    const r = cli(...flags);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('  Til utbetaling: 19 665,70 kr\n');
    expect(r.stdout).toContain('\nForklaring:\n1. Grunnbeløpet (G)');
    const json = cliWithInput(
      JSON.stringify({
        regime: 'introduksjonsloven',
        birthDate: '1984-03-10',
        month: '2024-06',
        programme: { start: '2023-09-01' },
        unexcusedAbsence: { hours: 7.5 },
      }),
      'stipend',
      '--json-input',
      '-',
      '--json',
    );
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { value: { payment: string } }).value.payment).toBe('19665.7');
  });

  it('grants and programme: a file as input, English, and the figures worked by hand', () => {
    writeFileSync(
      join(work, 'child.json'),
      JSON.stringify({ person: { birthDate: '2014-02-01', settlementDate: '2017-03-15' }, budgetYears: { to: 2017 } }),
    );
    // 185 000 (year 1, child) + 25 100 (kindergarten) = 210 100
    expect(cli('--lang', 'en', 'grants', '--json-input', 'child.json').stdout).toContain('  Total: NOK 210,100.00\n');
    // 2020-03-01 + 24 months + 184 days = 2022-09-01, less one day
    expect(
      cli('programme', '--regime', 'introduksjonsloven', '--start-date', '2020-03-01', '--granted-months', '24', '--leave-days', '184')
        .stdout,
    ).toMatch(/^Siste programdag: 2022-08-31\n/);
  });

  it('bad input: the errors with their paths, no stack trace, exit 1; a bad command line exits 2', () => {
    const r = cli('--lang', 'en', 'programme', '--regime', 'introduksjonsloven', '--start-date', '2020-02-30', '--granted-months', '25');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Invalid input:\n {2}startDate: .*\(--start-date\)\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const notJson = cliWithInput('{ nope', 'grants', '--json-input', '-');
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/^-: er ikke gyldig JSON/);
    expect(cli('stipend', '--month').code).toBe(2);
    expect(cli('grants', 'child.json').code).toBe(2);
    expect(cli('programme', '--help').stdout).toContain('Valg for programme:');
  });
});

describe('the binary: forecast', () => {
  it('prints the Grong example forecast with Norwegian number formatting, and no progress in a pipe', () => {
    const r = cli('forecast', join(ROOT, 'examples', 'grong', 'plan.json'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 2017 (published rates): 10 persons, year-1 integration grant 4 × 185 000 + 235 000 + 4 × 185 000 + 185 000 = 1 900 000.
    expect(r.stdout).toMatch(/Integreringstilskudd\s+1 900 000\s/);
    expect(r.stdout).toContain('Framskrevne verdier (ikke publisert):');
  });
  it('prints JSON with --json and exits 1 with the input errors (no stack trace) for a bad plan', () => {
    const json = JSON.parse(cli('forecast', join(ROOT, 'examples', 'grong', 'plan.json'), '--json').stdout) as {
      value: { firstYear: number };
    };
    expect(json.value.firstYear).toBe(2017);
    writeFileSync(join(work, 'bad-plan.json'), JSON.stringify({ entries: [{ kind: 'group', id: 'x', settlement: '2026-Q9' }] }));
    const bad = cli('--lang', 'en', 'forecast', 'bad-plan.json');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('entries.0.settlement');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
