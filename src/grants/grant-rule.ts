/**
 * What every grant rule shares: the shape of a rule (facts and a budget year in, lines and explanation
 * steps out), and the public wrapper that turns a rule into a function of `{ person, budgetYear }`.
 * @module
 */
import * as z from 'zod';
import { EMPTY_EXPLANATION, type Explained, type Step } from '../core/explanation.js';
import type { Money } from '../core/money.js';
import { roundHalfUpToOre } from '../core/rounding.js';
import { Rational } from '../core/rational.js';
import { moneyToRational } from '../core/money.js';
import { parseInput } from '../core/validate.js';
import type { GrantsSlices } from './options.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveGrantsOptions } from './options.js';
import { budgetYearSchema } from './budget-year.js';
import type { GrantLine } from './grant-line.js';
import { grantPersonSchema, personFacts, type PersonFacts } from './grant-person.js';

/** What a grant rule gives for one person and budget year. @internal */
export interface GrantRuleOutcome {
  readonly lines: readonly GrantLine[];
  readonly steps: readonly Step[];
}

/** A grant rule. @internal */
export type GrantRule = (facts: PersonFacts, budgetYear: number, parameters: GrantsSlices, explain: boolean) => GrantRuleOutcome;

/** Input to each single-grant function: one person and one budget year. */
export const personBudgetYearInputSchema = /* @__PURE__ */ z.strictObject({
  /** The person. */
  person: grantPersonSchema,
  /** The budget year asked about. */
  budgetYear: budgetYearSchema,
});

/** Input to each single-grant function, as callers write it. */
export type PersonBudgetYearInput = z.input<typeof personBudgetYearInputSchema>;

/** One grant for one person in one budget year. */
export interface GrantForYear {
  readonly budgetYear: number;
  /** The person's integration-grant year number that budget year. */
  readonly yearNumber: number;
  /** The sum of the lines (0 when the grant is not due). */
  readonly amount: Money;
  /** The lines, each with its rule and source (empty when the grant is not due). */
  readonly lines: readonly GrantLine[];
}

/**
 * The exact sum of amounts.
 *
 * @example
 * ```ts
 * import { money, sumMoney } from 'integreringsregler';
 * sumMoney([money('185000'), money('25100')]).toString(); // '210100'
 * ```
 */
export function sumMoney(amounts: readonly Money[]): Money {
  return roundHalfUpToOre(amounts.reduce((acc, a) => acc.add(moneyToRational(a)), Rational.ZERO));
}

/** Runs a rule for `{ person, budgetYear }`. @internal */
export function runGrantRule(rule: GrantRule, input: PersonBudgetYearInput, options: RuleOptions | undefined): Explained<GrantForYear> {
  const { person, budgetYear } = parseInput(personBudgetYearInputSchema, input);
  const { parameters, explain } = resolveGrantsOptions(options);
  const facts = personFacts(person, ['person'], 'person 1', parameters);
  const { lines, steps } = rule(facts, budgetYear, parameters, explain);
  const value: GrantForYear = {
    budgetYear,
    yearNumber: budgetYear - facts.settlementYear + 1,
    amount: sumMoney(lines.map((l) => l.amount)),
    lines,
  };
  return { value, explanation: explain ? { steps } : EMPTY_EXPLANATION };
}
