/**
 * A person's grant schedule: every grant the municipality can expect for the person, per budget year,
 * from the settlement year through the four following years (and, for an unaccompanied minor, through the
 * year they turn 20; and any year with a disability claim). For a child born after the mother's
 * settlement the schedule starts in the birth year: no line falls in a budget year before the birth. Each line names the person, the rule, the
 * rate's source and its basis. Moving to another municipality is not modelled: the schedule is the
 * person's, whichever municipality receives it (see docs/open-questions.md).
 *
 * Source: the integration-grant scheme's year count (IMDi: year number = budget year − settlement year +
 * 1, years 1–5, 1–3 under the three-year rule) and the rules of each grant it sums.
 * @module
 */
import * as z from 'zod';
import { combineExplanations, EMPTY_EXPLANATION, type Explained, type Step } from '../core/explanation.js';
import type { Money } from '../core/money.js';
import { parseInput } from '../core/validate.js';
import type { GrantsSlices } from './options.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveGrantsOptions } from './options.js';
import { budgetYearRangeSchema, inRange } from './budget-year.js';
import { disabilityGrantRule } from './disability-grant.js';
import { elderlyGrantRule } from './elderly-grant.js';
import type { GrantLine } from './grant-line.js';
import { grantPersonSchema, personFacts, type PersonFacts } from './grant-person.js';
import { sumMoney, type GrantRule } from './grant-rule.js';
import { integrationGrantRule } from './integration-grant.js';
import { kindergartenGrantRule } from './kindergarten-grant.js';
import { UNACCOMPANIED_MINOR_GRANT_LAST_YEAR_TURNING } from './unaccompanied-minor-constants.js';
import { unaccompaniedMinorGrantRule } from './unaccompanied-minor-grant.js';
import { INTEGRATION_GRANT_YEARS } from './grant-year-number.js';

/** Every grant rule, in the order lines are listed within a budget year. */
const RULES: readonly GrantRule[] = [
  integrationGrantRule,
  elderlyGrantRule,
  kindergartenGrantRule,
  unaccompaniedMinorGrantRule,
  disabilityGrantRule,
];

/** Input to {@link personGrantSchedule}. */
export const personGrantScheduleInputSchema = /* @__PURE__ */ z.strictObject({
  /** The person. */
  person: grantPersonSchema,
  /** Only these budget years (e.g. the years you have rates for); all of the schedule when left out. */
  budgetYears: budgetYearRangeSchema.optional(),
});

/** Input to {@link personGrantSchedule}, as callers write it. */
export type PersonGrantScheduleInput = z.input<typeof personGrantScheduleInputSchema>;

/** A person's grants, line by line. */
export interface PersonGrantSchedule {
  readonly personId: string;
  /** The calendar year that is the person's year 1. */
  readonly settlementYear: number;
  /** The last integration-grant year number (5, or 3 under the three-year rule). */
  readonly lastIntegrationYearNumber: number;
  /** The budget years computed, in order. */
  readonly budgetYears: readonly number[];
  /** Every grant line, by budget year. */
  readonly lines: readonly GrantLine[];
  /** The sum of the lines. */
  readonly total: Money;
}

/** The budget years a person's schedule spans. @internal */
export function scheduleYears(facts: PersonFacts): number[] {
  let last = facts.settlementYear + INTEGRATION_GRANT_YEARS - 1;
  if (facts.unaccompaniedMinor) last = Math.max(last, facts.birthYear + UNACCOMPANIED_MINOR_GRANT_LAST_YEAR_TURNING);
  for (const c of facts.disabilityClaims) last = Math.max(last, c.budgetYear);
  const years: number[] = [];
  for (let y = facts.firstBudgetYear; y <= last; y++) years.push(y);
  return years;
}

/** A person's schedule from derived facts. @internal */
export function scheduleOf(
  facts: PersonFacts,
  range: { from?: number | undefined; to?: number | undefined } | undefined,
  parameters: GrantsSlices,
  explain: boolean,
): { schedule: PersonGrantSchedule; steps: Step[] } {
  const budgetYears = scheduleYears(facts).filter((y) => inRange(y, range));
  const lines: GrantLine[] = [];
  const steps: Step[] = [];
  for (const y of budgetYears) {
    for (const rule of RULES) {
      const out = rule(facts, y, parameters, explain);
      for (const line of out.lines) lines.push(line);
      for (const step of out.steps) steps.push(step);
    }
  }
  const schedule = {
    personId: facts.id,
    settlementYear: facts.settlementYear,
    lastIntegrationYearNumber: facts.lastYearNumber,
    budgetYears,
    lines,
    total: sumMoney(lines.map((l) => l.amount)),
  };
  return { schedule, steps };
}

/**
 * The grants for one person, per budget year, each line traceable to the rule and the rate's source.
 * @throws InputError on bad input; NoParameterValueError ("no rate for budget year X") for a budget year
 * in the schedule whose table is not shipped — narrow `budgetYears` or supply the table.
 *
 * @example
 * ```ts
 * import { personGrantSchedule } from 'integreringsregler';
 * const s = personGrantSchedule({ person: { birthDate: '2014-02-01', settlementDate: '2017-03-15' }, budgetYears: { to: 2017 } });
 * // A child aged 3: year-1 child rate 185 000 + kindergarten grant 25 100.
 * s.value.total.toString(); // '210100'
 * s.value.lines.map((l) => l.grant); // ['integration', 'kindergarten']
 * ```
 */
export function personGrantSchedule(input: PersonGrantScheduleInput, options?: RuleOptions): Explained<PersonGrantSchedule> {
  const { person, budgetYears } = parseInput(personGrantScheduleInputSchema, input);
  const { parameters, explain } = resolveGrantsOptions(options);
  const facts = personFacts(person, ['person'], 'person 1', parameters);
  const { schedule, steps } = scheduleOf(facts, budgetYears, parameters, explain);
  return { value: schedule, explanation: explain ? combineExplanations(...steps) : EMPTY_EXPLANATION };
}
