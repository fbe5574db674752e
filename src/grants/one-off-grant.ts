/**
 * The shape shared by the elderly and the kindergarten grant: a one-off amount paid with year 1 for a
 * person whose age at settlement is in a band, at the rate of year 1's budget year. Only the budget year
 * of year 1 can carry the grant — or, for a child born after the mother's settlement whose year 1 is
 * the mother's settlement year, the birth year, since nothing is booked before the child is born.
 *
 * Source: the rules for the integration-grant scheme, which includes the elderly and kindergarten grants
 * (IMDi; Prop. 1 S, kap. 496 post 60 in 2017, kap. 671 from 2023).
 * @module
 */
import { step, usedValue, type Message } from '../core/explanation.js';
import type { LegalReference, Basis } from '../core/legal-reference.js';
import type { Decimal } from '../core/money.js';
import type { Parameter } from '../core/parameters.js';
import { rateForBudgetYear } from './budget-year.js';
import { type GrantType } from './grant-line.js';
import { weakestBasis } from '../core/legal-reference.js';
import type { GrantRule } from './grant-rule.js';

/** The age-band test and its words. @internal */
export interface OneOffGrantSpec {
  readonly grant: GrantType;
  readonly rule: string;
  readonly rate: (p: Parameters<GrantRule>[2]) => Parameter<Decimal>;
  readonly ageLimit: (p: Parameters<GrantRule>[2]) => Parameter<number>;
  /** True when the age at settlement qualifies, given the limit. */
  readonly qualifies: (age: number, limit: number) => boolean;
  /** How the age test is read (the rule's basis and source). */
  readonly reference: LegalReference;
  readonly basis: Basis;
  readonly paid: Message<OneOffParams>;
  readonly notPaid: Message<OneOffParams>;
}

/** Parameters of the one-off grant messages. @internal */
export interface OneOffParams {
  readonly id: string;
  readonly budgetYear: number;
  readonly settlementYear: number;
  readonly settlementDate: string;
  readonly age: number;
  readonly limit: number;
}

/**
 * The words for a one-off amount booked in a later budget year than year 1 (a child born the year after
 * the mother's settlement, year 1 read as the mother's year); empty otherwise. @internal
 */
export const bookedLater = {
  nb: (p: OneOffParams): string =>
    p.budgetYear === p.settlementYear ? '' : `, ført i fødselsåret ${p.budgetYear} etter satsen for ${p.settlementYear}`,
  en: (p: OneOffParams): string =>
    p.budgetYear === p.settlementYear ? '' : `, booked in the birth year ${p.budgetYear} at the ${p.settlementYear} rate`,
};

/** Builds the rule of a one-off grant. @internal */
export function oneOffGrantRule(spec: OneOffGrantSpec): GrantRule {
  return (facts, budgetYear, parameters, explain) => {
    if (budgetYear !== facts.firstBudgetYear) return { lines: [], steps: [] };
    const limitParameter = spec.ageLimit(parameters);
    const limit = rateForBudgetYear(limitParameter, facts.settlementYear);
    const age = facts.ageAtSettlement;
    const params: OneOffParams = {
      id: facts.id,
      budgetYear,
      settlementYear: facts.settlementYear,
      settlementDate: facts.settlementDate,
      age,
      limit: limit.value,
    };
    const ageUsed = usedValue(limitParameter, limit, String);
    if (!spec.qualifies(age, limit.value)) {
      return {
        lines: [],
        steps: explain
          ? [
              step({
                rule: spec.rule,
                message: spec.notPaid,
                params,
                reference: spec.reference,
                basis: weakestBasis(spec.basis, limit.basis),
                used: [ageUsed],
              }),
            ]
          : [],
      };
    }
    const rateParameter = spec.rate(parameters);
    // Year 1's rate, booked in the first budget year (the same year except for a child born the year after
    // the mother's settlement under the mother's-year reading).
    const rate = rateForBudgetYear(rateParameter, facts.settlementYear);
    const basis = weakestBasis(spec.basis, limit.basis, rate.basis);
    const line = {
      personId: facts.id,
      budgetYear,
      grant: spec.grant,
      yearNumber: 1,
      detail:
        budgetYear === facts.settlementYear
          ? `age ${age} at settlement`
          : `age ${age} at settlement; year 1 (${facts.settlementYear}) booked in the birth year`,
      amount: rate.value,
      rule: spec.rule,
      reference: rate.reference,
      basis,
      rate: { parameter: rateParameter.id, from: rate.from },
    };
    const steps = explain
      ? [
          step({
            rule: spec.rule,
            message: spec.paid,
            params,
            amount: rate.value,
            reference: spec.reference,
            basis: weakestBasis(spec.basis, limit.basis),
            used: [ageUsed, usedValue(rateParameter, rate, (v) => v.toString())],
          }),
        ]
      : [];
    return { lines: [line], steps };
  };
}
