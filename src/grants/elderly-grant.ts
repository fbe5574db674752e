/**
 * The elderly grant (eldretilskudd): a one-off amount with year 1 for a person aged 60 or more at
 * settlement (IMDi, integration grant; "over 60 at settlement" in circular 01/13 — the library's reading
 * of the age test is an assumption, see the `elderlyGrantMinimumAge` parameter). No source splits it into
 * more than one payment, so it is one line in the settlement year.
 * @module
 */
import type { Explained } from '../core/explanation.js';
import { IMDI_CIRCULAR_01_13 } from '../sources/grant-sources.js';
import type { RuleOptions } from '../rule-options.js';
import { runGrantRule, type GrantForYear, type GrantRule, type PersonBudgetYearInput } from './grant-rule.js';
import { bookedLater, oneOffGrantRule, type OneOffParams } from './one-off-grant.js';

/** The elderly-grant rule. @internal */
export const elderlyGrantRule: GrantRule = /* @__PURE__ */ oneOffGrantRule({
  grant: 'elderly',
  rule: 'grants.elderly',
  rate: (p) => p.grants.elderlyGrantRate,
  ageLimit: (p) => p.grants.elderlyGrantMinimumAge,
  qualifies: (age, limit) => age >= limit,
  reference: IMDI_CIRCULAR_01_13,
  basis: 'assumption',
  paid: {
    nb: (p: OneOffParams) =>
      `${p.id}: eldretilskudd (engangs, med år 1 i ${p.settlementYear}${bookedLater.nb(p)}): ${p.age} år ved bosetting ${p.settlementDate}, minst ${p.limit}`,
    en: (p: OneOffParams) =>
      `${p.id}: elderly grant (one-off, with year 1 in ${p.settlementYear}${bookedLater.en(p)}): aged ${p.age} at settlement on ${p.settlementDate}, at least ${p.limit}`,
  },
  notPaid: {
    nb: (p: OneOffParams) => `${p.id}: intet eldretilskudd: ${p.age} år ved bosetting ${p.settlementDate}, under ${p.limit}`,
    en: (p: OneOffParams) => `${p.id}: no elderly grant: aged ${p.age} at settlement on ${p.settlementDate}, under ${p.limit}`,
  },
});

/**
 * The elderly grant for one person in one budget year (only the settlement year can carry it).
 * @throws InputError on bad input; NoParameterValueError ("no rate for budget year X").
 *
 * @example
 * ```ts
 * import { elderlyGrant } from 'integreringsregler';
 * // Born 1 March 1957, settled 1 March 2017: exactly 60 on the settlement date.
 * elderlyGrant({ person: { birthDate: '1957-03-01', settlementDate: '2017-03-01' }, budgetYear: 2017 }).value.amount.toString(); // '164200'
 * // One day short of 60: no grant.
 * elderlyGrant({ person: { birthDate: '1957-03-02', settlementDate: '2017-03-01' }, budgetYear: 2017 }).value.amount.toString(); // '0'
 * ```
 */
export function elderlyGrant(input: PersonBudgetYearInput, options?: RuleOptions): Explained<GrantForYear> {
  return runGrantRule(elderlyGrantRule, input, options);
}
