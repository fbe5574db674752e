/**
 * The one-case commands `stipend`, `grants` and `programme` without the process: options and JSON in,
 * lines and exit codes out, over an in-memory file system (`-` stands for standard input). Figures are
 * worked by hand: G from 1 May 2024 is 124 028, 2 G = 248 056; a month is 2 G ÷ 12 = 20 671.33, an hour
 * 2 G ÷ 1850 = 134.0843…; the 2017 grant tables give 185 000 for a child in year 1 and 25 100 for
 * kindergarten.
 */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.js';
import type { CliIo } from '../../src/cli/command.js';
import { runCli } from '../../src/cli/run-cli.js';

function memoryIo(files: Record<string, string>): CliIo {
  return {
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error(`no such file ${path}`), { code: 'ENOENT' });
      return text;
    },
    isDirectory: () => false,
    list: () => [],
  };
}

const june = { regime: 'introduksjonsloven', birthDate: '1984-03-10', month: '2024-06', programme: { start: '2023-09-01' } };
const io = memoryIo({
  'june.json': JSON.stringify(june),
  '-': JSON.stringify({ ...june, unexcusedAbsence: { hours: 7.5 } }),
  'list.json': '[1]',
  'bad.json': '{ nope',
});
const run = (...argv: string[]) => runCli(argv, io, '9.9.9');
const stipendFlags = [
  '--regime',
  'introduksjonsloven',
  '--birth-date',
  '1984-03-10',
  '--month',
  '2024-06',
  '--programme-start',
  '2023-09-01',
];

describe('parseArgs with a command’s own options', () => {
  const optionsOf = (c: string) => (c === 'stipend' ? [{ name: '--month', value: 'YYYY-MM' }, { name: '--json' }] : []);
  it('pairs an option with its value, as one word, and keeps flags', () => {
    expect(parseArgs(['stipend', '--month', '2024-06', '--json', '--lang', 'en'], optionsOf)).toEqual({
      kind: 'run',
      lang: 'en',
      command: 'stipend',
      args: ['--month=2024-06', '--json'],
    });
    expect(parseArgs(['stipend', '--month=2024-06'], optionsOf)).toMatchObject({ args: ['--month=2024-06'] });
  });
  it('refuses an option the command does not declare, one before the command, and a missing value', () => {
    expect(parseArgs(['stipend', '--monht', '2024-06'], optionsOf)).toMatchObject({
      kind: 'usage-error',
      problem: { code: 'unknown_option', option: '--monht' },
    });
    expect(parseArgs(['--month', '2024-06', 'stipend'], optionsOf)).toMatchObject({
      kind: 'usage-error',
      problem: { code: 'unknown_option', option: '--month' },
    });
    expect(parseArgs(['stipend', '--month'], optionsOf)).toMatchObject({
      kind: 'usage-error',
      problem: { code: 'missing_value', option: '--month' },
    });
    expect(parseArgs(['check', '--json'], optionsOf)).toMatchObject({
      kind: 'usage-error',
      problem: { code: 'unknown_option', option: '--json' },
    });
  });
});

describe('stipend', () => {
  it('computes a month from options: 20 671.33 − 7.5 × 134.0843… (1 005.63) = 19 665.70, with the explanation', () => {
    const r = run('stipend', ...stipendFlags, '--unexcused-hours', '7.5');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toEqual([]);
    expect(r.stdout.slice(0, 8)).toEqual([
      'Introduksjonsstønad for 2024-06 (introduksjonsloven)',
      '  Andel av 2 G: 1',
      '  Dager i programmet: 30',
      '  Full måned: 20 671,33 kr',
      '  Opptjent: 20 671,33 kr',
      '  − ugyldig fravær, timer: 1 005,63 kr',
      '  Til utbetaling: 19 665,70 kr',
      '  Individuelt vedtak kreves: nei',
    ]);
    expect(r.stdout[9]).toBe('Forklaring:');
    expect(r.stdout[10]).toMatch(/^1\. Grunnbeløpet \(G\) som gjaldt 1\. dag i 2024-06: 124 028,00 kr/);
    expect(r.stdout.join('\n')).toContain('7,5 timer × timesats 134,0843 kr: 1 005,63 kr');
  });
  it('leave without stipend in calendar days, or as its dates: 5 days × 20 671.333… / 30 = 3 445.22 → 17 226.11; all of June → 0', () => {
    expect(run('stipend', ...stipendFlags, '--leave-calendar-days', '5').stdout).toContain('  Til utbetaling: 17 226,11 kr');
    const all = run('stipend', ...stipendFlags, '--leave-from', '2024-06-01', '--leave-to', '2024-06-30');
    expect(all.stdout).toContain('  − permisjon uten stønad: 20 671,33 kr');
    expect(all.stdout).toContain('  Til utbetaling: 0,00 kr');
    // the old unit-less option is gone
    expect(run('stipend', ...stipendFlags, '--leave-days', '5').exitCode).toBe(2);
  });
  it('speaks English with --lang en, and reads a decimal comma', () => {
    const r = run('--lang', 'en', 'stipend', ...stipendFlags, '--unexcused-hours=7,5');
    expect(r.stdout).toContain('  To pay: NOK 19,665.70');
    expect(r.stdout).toContain('Explanation:');
  });
  it('reads the case from a JSON file or standard input; options override its fields', () => {
    expect(run('stipend', '--json-input', 'june.json').stdout).toContain('  Til utbetaling: 20 671,33 kr');
    expect(run('stipend', '--json-input', '-').stdout).toContain('  Til utbetaling: 19 665,70 kr');
    // May is the same figure (the 2024 G applies from 1 May); April has the 2023 G: 237 240 ÷ 12 = 19 770.
    expect(run('stipend', '--json-input', 'june.json', '--month', '2024-04').stdout).toContain('  Til utbetaling: 19 770,00 kr');
  });
  it('prints the full result as JSON with --json', () => {
    const r = run('stipend', '--json-input', '-', '--json');
    const out = JSON.parse(r.stdout.join('\n')) as {
      value: { payment: string; deductions: { applied: string }[] };
      explanation: { steps: { rule: string; text: { en: string } }[] };
    };
    expect(out.value.payment).toBe('19665.7');
    expect(out.value.deductions[0]?.applied).toBe('1005.63');
    expect(out.explanation.steps.map((s) => s.rule)).toContain('stipend.unexcused-absence.hours');
  });
  it('lists bad input with paths (and the option that sets each) and exits 1, without a stack trace', () => {
    const r = run('--lang', 'en', 'stipend', '--regime', 'x', '--birth-date', '1984-02-30', '--month', '2024-06');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toEqual([]);
    expect(r.stderr).toEqual([
      'Invalid input:',
      '  regime: must be one of: "introduksjonsloven", "integreringsloven" (--regime)',
      '  birthDate: "1984-02-30" is not a valid date in the form YYYY-MM-DD (years 1900–2199) (--birth-date)',
      '  programme: is required (an object) (--programme-start, --programme-end)',
    ]);
    expect(run('stipend', ...stipendFlags, '--unexcused-hours', 'many').stderr[1]).toMatch(
      /^ {2}unexcusedAbsence\.hours: .* \(--unexcused-hours\)$/,
    );
  });
  it('exits 1 when a month has no G, or the JSON file cannot be used', () => {
    expect(run('stipend', '--json-input', 'june.json', '--month', '2010-06')).toMatchObject({
      exitCode: 1,
      stderr: [expect.stringMatching(/^Parameteren «Grunnbeløpet \(G\)»/)],
    });
    expect(run('--lang', 'en', 'stipend', '--json-input', 'nope.json')).toEqual({
      stdout: [],
      stderr: ['nope.json: cannot be read (ENOENT)'],
      exitCode: 1,
    });
    expect(run('stipend', '--json-input', 'bad.json').stderr[0]).toMatch(/^bad\.json: er ikke gyldig JSON/);
    expect(run('stipend', '--json-input', 'list.json').stderr).toEqual([
      'list.json: JSON-inndata må være et objekt ({ … }) med regelens felter',
    ]);
  });
  it('exits 2 for a command line it cannot read', () => {
    expect(run('stipend', 'june.json')).toMatchObject({
      exitCode: 2,
      stderr: [expect.stringMatching(/^Uventet argument «june\.json»/), 'Se «integreringsregler --help».'],
    });
    expect(run('stipend', '--lives-with-parent=maybe').exitCode).toBe(2);
    expect(run('stipend', '--month').exitCode).toBe(2);
    expect(run('stipend', '--monht', '2024-06').exitCode).toBe(2);
  });
  it('has help listing its options', () => {
    const help = run('--lang', 'en', 'stipend', '--help').stdout;
    expect(help).toContain('Options of stipend:');
    expect(help.some((l) => /^ {2}--unexcused-hours <n> +hours of unexcused absence$/.test(l))).toBe(true);
    expect(help.some((l) => /^ {2}--json-input <file\|-> +read the case as JSON/.test(l))).toBe(true);
    expect(run('--help').stdout.some((l) => /^ {2}stipend \[options\] +regn ut introduksjonsstønaden/.test(l))).toBe(true);
  });
});

describe('grants', () => {
  it('lists a child’s 2017 grants: 185 000 + 25 100 = 210 100', () => {
    const r = run('grants', '--birth-date', '2014-02-01', '--settlement-date', '2017-03-15', '--id', 'Amal', '--to', '2017');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.slice(0, 5)).toEqual([
      'Tilskudd for Amal: bosettingsår 2017, integreringstilskudd for år 1–5',
      '  2017 (år 1): 210 100,00 kr',
      '    integreringstilskudd (year 1, child): 185 000,00 kr',
      '    tilskudd til barnehage (age 3 at settlement): 25 100,00 kr',
      '  Sum: 210 100,00 kr',
    ]);
  });
  it('adds a single adult’s year 1 (235 000) and says so in English', () => {
    const r = run(
      '--lang',
      'en',
      'grants',
      '--birth-date',
      '1990-01-01',
      '--settlement-date',
      '2017-06-15',
      '--single-adult',
      '--to',
      '2017',
    );
    expect(r.stdout).toContain('  Total: NOK 235,000.00');
  });
  it('stops with the missing budget year’s message, and names bad fields', () => {
    const r = run('grants', '--birth-date', '2014-02-01', '--settlement-date', '2017-03-15');
    expect(r).toMatchObject({ exitCode: 1, stderr: [expect.stringMatching(/^Ingen sats for budsjettåret 2018 /)] });
    const bad = run('--lang', 'en', 'grants', '--birth-date', '2014-02-01', '--settlement-date', '2017-03-15', '--single-adult');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr[1]).toMatch(/^ {2}person\.singleAdult: the person does not turn 18 .* \(--single-adult\)$/);
    expect(run('grants', '--birth-date', '2014-02-01', '--settlement-date', '2017-03-15', '--to', 'next').stderr[1]).toMatch(
      /^ {2}budgetYears\.to: .*\(--to\)$/,
    );
  });
});

describe('programme', () => {
  it('2020-03-01 + 24 months + 184 days of leave = 2022-09-01, less one day: 2022-08-31', () => {
    const r = run(
      'programme',
      '--regime',
      'introduksjonsloven',
      '--start-date',
      '2020-03-01',
      '--granted-months',
      '24',
      '--leave-days',
      '184',
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout.slice(0, 4)).toEqual([
      'Siste programdag: 2022-08-31',
      '  Uten permisjon og stans: 2022-02-28',
      '  Permisjon forlenger med: 0 måneder og 184 dager',
      '  Varig stans: nei',
    ]);
    expect(r.stdout.join('\n')).toContain('Start 2020-03-01 + 24 måneder og 184 dager, minus én dag: siste programdag 2022-08-31');
  });
  it('with a 12-month extension whose condition is met: 2020-03-01 + 36 months = 2023-03-01, less one day; JSON gives the value', () => {
    const r = run(
      'programme',
      '--regime',
      'introduksjonsloven',
      '--start-date',
      '2020-03-01',
      '--granted-months',
      '24',
      '--extension-months',
      '12',
      '--extension-condition-met',
      '--json',
    );
    expect((JSON.parse(r.stdout.join('\n')) as { value: { lastDay: string } }).value.lastDay).toBe('2023-02-28');
  });
  it('names the limit and its source when the granted length is too long, and the missing condition', () => {
    const r = run('--lang', 'en', 'programme', '--regime', 'introduksjonsloven', '--start-date', '2020-03-01', '--granted-months', '25');
    expect(r.exitCode).toBe(1);
    // A start in January–March 2020 could have up to 4 months under the temporary covid-19 rules, so the refusal points there too.
    expect(r.stderr[1]).toMatch(
      /^ {2}granted: .*maximum of 24 months .*the Introduction Act § 5 \(an extension under the temporary covid-19 rules, at most 4 months .*covidExtension\) \(--granted-months, --granted-days\)$/,
    );
    // Given that way, from the command line: 2020-03-01 + 24 + 4 = 28 months = 2022-07-01, less one day.
    const covid = run(
      'programme',
      '--regime',
      'introduksjonsloven',
      '--start-date',
      '2020-03-01',
      '--granted-months',
      '24',
      '--covid-extension-months',
      '4',
      '--covid-extension-condition-met',
    );
    expect(covid.stdout[0]).toBe('Siste programdag: 2022-06-30');
    const noCondition = run(
      'programme',
      '--regime',
      'introduksjonsloven',
      '--start-date',
      '2020-03-01',
      '--granted-months',
      '24',
      '--extension-months',
      '12',
    );
    expect(noCondition.stderr[1]).toMatch(/^ {2}extensionConditionMet: må være true .*\(--extension-condition-met\)$/);
  });
  it('Integration Act from 2026: leave needs its working days, and counts only over ten (integreringsforskriften § 19)', () => {
    const base = [
      'programme',
      '--regime',
      'integreringsloven',
      '--start-date',
      '2026-02-02',
      '--granted-months',
      '24',
      '--prior-education',
      'withoutUpperSecondary',
      '--end-goal',
      'workQualifying',
      '--leave-days',
      '30',
    ];
    expect(run(...base).stderr[1]).toMatch(/^ {2}leave\.0\.workingDays: mangler: .*\(--leave-working-days\)$/);
    // 2028-02-02 + 30 days = 2028-03-03, less one day; 8 working days do not move it: 2028-02-01.
    const added = run(...base, '--leave-working-days', '22');
    expect(added.stdout[0]).toBe('Siste programdag: 2028-03-02');
    expect(added.stdout).toContain('  Virkedager etter § 19 (fra 2026-01-01): 22, lagt til');
    expect(run(...base, '--leave-working-days', '8').stdout[0]).toBe('Siste programdag: 2028-02-01');
  });
});
