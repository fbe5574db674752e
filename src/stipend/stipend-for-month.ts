/**
 * The introduction stipend for one participant and one calendar month: the month's amount (or the days in
 * the programme × the daily rate), minus unexcused absence, leave without stipend, offsets against other
 * benefits, the overgangsstønad rule and paid work inside the programme — never negative, every line
 * explained with its rule and reference, and whether an individual decision is required.
 * Introduction Act §§ 8–12, Integration Act §§ 20–23.
 * @module
 */
import type { Explained } from '../core/explanation.js';
import { parseInput } from '../core/validate.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveStipendOptions } from './options.js';
import { computeStipendMonth, type StipendMonth } from './month-core.js';
import { stipendMonthInputSchema, type StipendMonthInput } from './month-input.js';

/**
 * The stipend to pay for one month.
 * @throws InputError on bad input (naming the field); NoParameterValueError for a month no table covers.
 *
 * @example
 * ```ts
 * import { renderExplanation, stipendForMonth } from 'integreringsregler';
 * // Introduction Act, June 2024, age 40, 7.5 hours unexcused: 7.5 × 248 056 / 1850 = 1 005.63
 * const r = stipendForMonth({
 *   regime: 'introduksjonsloven', month: '2024-06', birthDate: '1984-03-10',
 *   programme: { start: '2023-09-01' }, unexcusedAbsence: { hours: 7.5 },
 * });
 * r.value.gross.toString(); // '20671.33'
 * r.value.deductions[0]?.applied.toString(); // '1005.63'
 * r.value.payment.toString(); // '19665.7'
 * r.value.individualDecisionRequired; // false
 * renderExplanation(r.explanation, 'en').includes('7.5 hours × hourly rate NOK 134.0843'); // true
 * ```
 */
export function stipendForMonth(input: StipendMonthInput, options?: RuleOptions): Explained<StipendMonth> {
  const c = parseInput(stipendMonthInputSchema, input);
  const { parameters, explain } = resolveStipendOptions(options);
  const { value, steps } = computeStipendMonth(c, parameters, explain);
  return { value, explanation: { steps } };
}
