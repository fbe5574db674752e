/**
 * The kindergarten grant (barnehagetilskudd): a one-off amount with year 1 for a child aged 0–5 at
 * settlement (IMDi circular 01/13), including a child born within six months after the mother's
 * settlement. That the age is taken on the settlement date is the library's reading (an assumption).
 * @module
 */
import type { Explained } from '../core/explanation.js';
import { IMDI_CIRCULAR_01_13 } from '../sources/grant-sources.js';
import type { RuleOptions } from '../rule-options.js';
import { runGrantRule, type GrantForYear, type GrantRule, type PersonBudgetYearInput } from './grant-rule.js';
import { bookedLater, oneOffGrantRule, type OneOffParams } from './one-off-grant.js';

/** The kindergarten-grant rule. @internal */
export const kindergartenGrantRule: GrantRule = /* @__PURE__ */ oneOffGrantRule({
  grant: 'kindergarten',
  rule: 'grants.kindergarten',
  rate: (p) => p.grants.kindergartenGrantRate,
  ageLimit: (p) => p.grants.kindergartenGrantMaximumAge,
  qualifies: (age, limit) => age <= limit,
  reference: IMDI_CIRCULAR_01_13,
  basis: 'assumption',
  paid: {
    nb: (p: OneOffParams) =>
      `${p.id}: barnehagetilskudd (engangs, med år 1 i ${p.settlementYear}${bookedLater.nb(p)}): ${p.age} år ved bosetting ${p.settlementDate}, i aldersgruppen 0–${p.limit}`,
    en: (p: OneOffParams) =>
      `${p.id}: kindergarten grant (one-off, with year 1 in ${p.settlementYear}${bookedLater.en(p)}): aged ${p.age} at settlement on ${p.settlementDate}, in the 0–${p.limit} band`,
  },
  notPaid: {
    nb: (p: OneOffParams) => `${p.id}: intet barnehagetilskudd: ${p.age} år ved bosetting ${p.settlementDate}, over ${p.limit}`,
    en: (p: OneOffParams) => `${p.id}: no kindergarten grant: aged ${p.age} at settlement on ${p.settlementDate}, above ${p.limit}`,
  },
});

/**
 * The kindergarten grant for one person in one budget year (only the settlement year can carry it).
 * @throws InputError on bad input; NoParameterValueError ("no rate for budget year X").
 *
 * @example
 * ```ts
 * import { kindergartenGrant } from 'integreringsregler';
 * // Aged 5 on the settlement date: in the 0–5 band.
 * kindergartenGrant({ person: { birthDate: '2011-09-01', settlementDate: '2017-08-31' }, budgetYear: 2017 }).value.amount.toString(); // '25100'
 * // Turned 6 on the settlement date: too old.
 * kindergartenGrant({ person: { birthDate: '2011-09-01', settlementDate: '2017-09-01' }, budgetYear: 2017 }).value.amount.toString(); // '0'
 * ```
 */
export function kindergartenGrant(input: PersonBudgetYearInput, options?: RuleOptions): Explained<GrantForYear> {
  return runGrantRule(kindergartenGrantRule, input, options);
}
