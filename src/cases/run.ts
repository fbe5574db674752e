/**
 * Runs case files: each case's rule is called with its input and the result compared with the expected
 * figures (or the expected error). Used by the library's own tests, by the CLI's `check` command and by
 * vendors who want the same cases the library is tested with.
 * @module
 */
import { isInputError, isNoParameterValueError } from '../core/errors.js';
import { fromZodError } from '../core/validate.js';
import { differences } from './compare.js';
import { caseFileSchema, type Case } from './format.js';
import { caseRules, type CaseRule } from './registry.js';

/** The outcome of one case. */
export interface CaseResult {
  readonly id: string;
  readonly rule: string;
  readonly passed: boolean;
  /** What differed, one line each (empty when passed). */
  readonly differences: readonly string[];
}

/** The outcome of a run. */
export interface CaseReport {
  readonly passed: number;
  readonly failed: number;
  readonly results: readonly CaseResult[];
}

function plain(value: unknown): unknown {
  return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
}

function runOne(c: Case, rules: Readonly<Record<string, CaseRule>>): CaseResult {
  const rule = rules[c.rule];
  const fail = (diffs: string[]): CaseResult => ({ id: c.id, rule: c.rule, passed: diffs.length === 0, differences: diffs });
  if (rule === undefined) return fail([`unknown rule "${c.rule}"`]);
  if (c.expected === undefined && c.expectedError === undefined) return fail(['the case has neither "expected" nor "expectedError"']);
  let result: unknown;
  try {
    result = (rule as (input: unknown) => unknown)(c.input);
  } catch (e) {
    if (c.expectedError === undefined) {
      const what = isInputError(e) ? e.message : e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      return fail([`threw ${what}`]);
    }
    const code = isInputError(e) ? 'INVALID_INPUT' : isNoParameterValueError(e) ? 'NO_PARAMETER_VALUE' : undefined;
    if (code !== c.expectedError.code) return fail([`expected error ${c.expectedError.code}, got ${code ?? String(e)}`]);
    const named = isInputError(e) ? e.issues.map((i) => i.path.join('.')) : [];
    const missing = (c.expectedError.paths ?? []).filter((p) => !named.includes(p));
    return fail(missing.map((p) => `expected the error to name "${p}", it named ${JSON.stringify(named)}`));
  }
  if (c.expectedError !== undefined) return fail([`expected error ${c.expectedError.code}, but the rule returned a result`]);
  const value = typeof result === 'object' && result !== null && 'value' in result ? (result as { value: unknown }).value : result;
  return fail(differences(c.expected, plain(value)));
}

/**
 * Runs cases (already parsed, or a raw case file) and reports each.
 * @throws InputError when the case file itself is malformed.
 *
 * @example
 * ```ts
 * import { runCases } from 'integreringsregler';
 * const report = runCases({ cases: [{ id: 'G1', description: 'G on 1 May 2024', rule: 'basicAmountOn', input: { date: '2024-05-01' }, expected: '124028' }] });
 * report.passed; // 1
 * report.failed; // 0
 * ```
 */
export function runCases(file: unknown, rules: Readonly<Record<string, CaseRule>> = caseRules): CaseReport {
  const parsed = caseFileSchema.safeParse(file);
  if (!parsed.success) throw fromZodError(parsed.error);
  const ids = new Set<string>();
  const results = parsed.data.cases.map((c) => {
    if (ids.has(c.id)) return { id: c.id, rule: c.rule, passed: false, differences: [`duplicate case id "${c.id}"`] };
    ids.add(c.id);
    return runOne(c, rules);
  });
  const passed = results.filter((r) => r.passed).length;
  return { passed, failed: results.length - passed, results };
}

/**
 * The report as text: one line per failing case with its differences, then `N passed, M failed`.
 *
 * @example
 * ```ts
 * import { formatCaseReport } from 'integreringsregler';
 * formatCaseReport({ passed: 2, failed: 0, results: [] }); // '2 passed, 0 failed'
 * ```
 */
export function formatCaseReport(report: CaseReport, source = ''): string {
  const prefix = source === '' ? '' : `${source}: `;
  const lines = report.results.filter((r) => !r.passed).map((r) => `FAIL ${prefix}${r.id} (${r.rule}): ${r.differences.join('; ')}`);
  lines.push(`${report.passed} passed, ${report.failed} failed`);
  return lines.join('\n');
}
