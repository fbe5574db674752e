/**
 * Cohort and household totals: the schedules of several persons summed by budget year and by grant type.
 * Every total is the exact sum of the lines it is built from, and the lines are returned with it, so any
 * krone can be traced to a person, a rule and a source. The planning forecast uses the same computation.
 * @module
 */
import * as z from 'zod';
import { combineExplanations, EMPTY_EXPLANATION, step, type Explained, type Step } from '../core/explanation.js';
import { inputError } from '../core/errors.js';
import type { Money } from '../core/money.js';
import { parseInput } from '../core/validate.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveGrantsOptions } from './options.js';
import { budgetYearRangeSchema } from './budget-year.js';
import { GRANT_TYPES, type GrantLine, type GrantType } from './grant-line.js';
import { grantPersonSchema, personFacts } from './grant-person.js';
import { sumMoney } from './grant-rule.js';
import { scheduleOf } from './person-grant-schedule.js';

/** Input to {@link grantTotals}. */
export const grantTotalsInputSchema = /* @__PURE__ */ z.strictObject({
  /** The persons (a household, a cohort, a year's settlement plan). Ids, when given, must be unique. */
  persons: z.array(grantPersonSchema).min(1),
  /** Only these budget years; every year of every schedule when left out. */
  budgetYears: budgetYearRangeSchema.optional(),
});

/** Input to {@link grantTotals}, as callers write it. */
export type GrantTotalsInput = z.input<typeof grantTotalsInputSchema>;

/** The sums of one budget year. */
export interface BudgetYearTotal {
  readonly budgetYear: number;
  readonly total: Money;
  readonly byGrant: Readonly<Record<GrantType, Money>>;
}

/** Totals with the lines they are the sum of. */
export interface GrantTotals {
  readonly byBudgetYear: readonly BudgetYearTotal[];
  readonly byGrant: Readonly<Record<GrantType, Money>>;
  readonly total: Money;
  readonly lines: readonly GrantLine[];
}

function byGrant(lines: readonly GrantLine[]): Record<GrantType, Money> {
  return Object.fromEntries(GRANT_TYPES.map((g) => [g, sumMoney(lines.filter((l) => l.grant === g).map((l) => l.amount))])) as Record<
    GrantType,
    Money
  >;
}

const yearMessage = {
  nb: (p: { budgetYear: number; lines: number }) => `Sum for budsjettåret ${p.budgetYear} (${p.lines} linjer)`,
  en: (p: { budgetYear: number; lines: number }) => `Total for budget year ${p.budgetYear} (${p.lines} lines)`,
};

/**
 * The grants of several persons, summed by budget year and grant type.
 * @throws InputError on bad input (naming `persons.<i>.<field>`); NoParameterValueError ("no rate for
 * budget year X").
 *
 * @example
 * ```ts
 * import { grantTotals } from 'integreringsregler';
 * // Couple and a child aged 3, settled March 2017: 3 × 185 000 + kindergarten 25 100.
 * const t = grantTotals({
 *   persons: [
 *     { id: 'A', birthDate: '1985-01-01', settlementDate: '2017-03-01' },
 *     { id: 'B', birthDate: '1987-01-01', settlementDate: '2017-03-01' },
 *     { id: 'C', birthDate: '2014-01-01', settlementDate: '2017-03-01' },
 *   ],
 *   budgetYears: { to: 2017 },
 * });
 * t.value.total.toString(); // '580100'
 * t.value.byGrant.kindergarten.toString(); // '25100'
 * ```
 */
export function grantTotals(input: GrantTotalsInput, options?: RuleOptions): Explained<GrantTotals> {
  const { persons, budgetYears } = parseInput(grantTotalsInputSchema, input);
  const { parameters, explain } = resolveGrantsOptions(options);
  const ids = new Set<string>();
  const lines: GrantLine[] = [];
  const steps: Step[] = [];
  const schedules = new Map<string, readonly GrantLine[]>();
  for (const [i, person] of persons.entries()) {
    const facts = personFacts(person, ['persons', i], `person ${i + 1}`, parameters);
    if (ids.has(facts.id)) {
      throw inputError('duplicate_id', ['persons', i, 'id'], {
        nb: `id «${facts.id}» er brukt to ganger`,
        en: `the id "${facts.id}" is used twice`,
      });
    }
    ids.add(facts.id);
    if (explain) {
      const out = scheduleOf(facts, budgetYears, parameters, true);
      for (const line of out.schedule.lines) lines.push(line);
      for (const step of out.steps) steps.push(step);
      continue;
    }
    // Without explanations, persons with the same facts share one schedule (the rules are pure); only the
    // person id on each line differs.
    const { id, ...rest } = facts;
    const key = JSON.stringify(rest);
    let shared = schedules.get(key);
    if (shared === undefined) schedules.set(key, (shared = scheduleOf(facts, budgetYears, parameters, false).schedule.lines));
    for (const l of shared) lines.push(l.personId === id ? l : { ...l, personId: id });
  }
  const years = [...new Set(lines.map((l) => l.budgetYear))].sort((a, b) => a - b);
  const byBudgetYear = years.map((budgetYear) => {
    const these = lines.filter((l) => l.budgetYear === budgetYear);
    return { budgetYear, total: sumMoney(these.map((l) => l.amount)), byGrant: byGrant(these) };
  });
  const value: GrantTotals = { byBudgetYear, byGrant: byGrant(lines), total: sumMoney(lines.map((l) => l.amount)), lines };
  if (!explain) return { value, explanation: EMPTY_EXPLANATION };
  const sums = byBudgetYear.map((y) =>
    step({
      rule: 'grants.totals',
      message: yearMessage,
      params: { budgetYear: y.budgetYear, lines: lines.filter((l) => l.budgetYear === y.budgetYear).length },
      amount: y.total,
    }),
  );
  return { value, explanation: combineExplanations(...steps, ...sums) };
}
