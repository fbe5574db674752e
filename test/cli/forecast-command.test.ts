import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import type { CliIo } from '../../src/cli/command.js';

function io(files: Record<string, string>, progress?: string[]): CliIo {
  return {
    readText: (p) => {
      const t = files[p];
      if (t === undefined) throw new Error('ENOENT');
      return t;
    },
    isDirectory: () => false,
    list: () => [],
    ...(progress === undefined ? {} : { progress: (t: string) => progress.push(t) }),
  };
}

const plan = JSON.stringify({
  name: 'Test',
  years: 2,
  entries: [{ kind: 'person', settlementDate: '2017-03-01', birthDate: '1990-01-15', role: 'singleAdult' }],
});

describe('integreringsregler forecast', () => {
  it('prints the table with Norwegian number formatting and the projections', () => {
    const r = runCli(['forecast', 'plan.json'], io({ 'plan.json': plan }), '0.0.0');
    expect(r.exitCode).toBe(0);
    const text = r.stdout.join('\n');
    expect(text).toContain('Bosettingsprognose: Test (2017–2018)');
    // A single adult settled 2017: year 1 at 235 000 (2017), year 2 at the 2017 table's 230 000 carried forward.
    expect(text).toMatch(/Integreringstilskudd\s+235 000\s+230 000\s+465 000/);
    expect(text).toContain('Framskrevne verdier (ikke publisert):');
  });
  it('speaks English with --lang en and uprates with --uprate', () => {
    const r = runCli(['--lang', 'en', 'forecast', 'plan.json', '--uprate', '10'], io({ 'plan.json': plan }), '0.0.0');
    // 230 000 × 1.1 = 253 000 in 2018.
    expect(r.stdout.join('\n')).toMatch(/Integration grant\s+235,000\s+253,000\s+488,000/);
  });
  it('prints the full result as JSON with --json', () => {
    const r = runCli(['forecast', 'plan.json', '--json'], io({ 'plan.json': plan }), '0.0.0');
    const json = JSON.parse(r.stdout.join('\n')) as {
      value: { years: { grants: { total: string } }[]; persons: unknown[] };
      explanation: { steps: unknown[] };
    };
    expect(json.value.years[0]?.grants.total).toBe('235000');
    expect(json.value.persons).toHaveLength(1);
    expect(json.explanation.steps.length).toBeGreaterThan(0);
  });
  it('lists input errors with their paths and exits 1, without a stack trace', () => {
    const bad = JSON.stringify({ entries: [{ kind: 'person', settlementDate: '2017-02-30', birthDate: '1990-01-15', role: 'adult' }] });
    const r = runCli(['forecast', 'bad.json'], io({ 'bad.json': bad }), '0.0.0');
    expect(r.exitCode).toBe(1);
    expect(r.stderr[0]).toBe('Planen har feil:');
    expect(r.stderr.join('\n')).toContain('entries.0.settlementDate');
    expect(r.stderr.join('\n')).toContain('entries.0.role');
    expect(r.stderr.join('\n')).not.toMatch(/\bat .*\.ts:\d+/);
  });
  it('reports unreadable and non-JSON files, and a missing file argument', () => {
    expect(runCli(['forecast', 'nope.json'], io({}), '0.0.0')).toMatchObject({ exitCode: 1 });
    expect(runCli(['forecast', 'x.json'], io({ 'x.json': '{' }), '0.0.0').stderr[0]).toContain('er ikke gyldig JSON');
    expect(runCli(['forecast'], io({}), '0.0.0').exitCode).toBe(2);
    expect(runCli(['forecast', 'plan.json', '--uprate', 'x'], io({ 'plan.json': plan }), '0.0.0').exitCode).toBe(2);
    expect(runCli(['forecast', 'plan.json', '--uprate', '0x10'], io({ 'plan.json': plan }), '0.0.0').exitCode).toBe(2);
    // A Norwegian decimal comma is read as the point: 230 000 × 1.025 = 235 750 in 2018.
    expect(runCli(['forecast', 'plan.json', '--uprate', '2,5'], io({ 'plan.json': plan }), '0.0.0').stdout.join('\n')).toMatch(
      /Integreringstilskudd\s+235 000\s+235 750/,
    );
  });
  it('reports progress where the terminal can show it', () => {
    const progress: string[] = [];
    runCli(['forecast', 'plan.json'], io({ 'plan.json': plan }, progress), '0.0.0');
    expect(progress).toEqual(['Regner ut 1/1 personer', '']);
  });
});
