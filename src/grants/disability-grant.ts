/**
 * The grant for settling persons with disabilities and/or behavioural problems, for the claims a
 * municipality has made: tilskudd 1 is the budget year's one-off amount; tilskudd 2 is the documented
 * extra costs of the year above the threshold, up to the yearly maximum (JD rules 2017; IMDi). The
 * "above the threshold, up to the maximum" arithmetic of tilskudd 2 is the library's reading — no source
 * gives the formula — so its lines carry the basis `assumption`. Which claims are allowed when is checked
 * with the person (see `disabilityClaims`).
 * @module
 */
import { step, usedValue, type Explained } from '../core/explanation.js';
import { moneyToRational, type Money } from '../core/money.js';
import { Rational } from '../core/rational.js';
import { roundHalfUpToOre } from '../core/rounding.js';
import { IMDI_DISABILITY_GRANT } from '../sources/grant-sources.js';
import type { RuleOptions } from '../rule-options.js';
import { rateForBudgetYear } from './budget-year.js';
import { type GrantLine } from './grant-line.js';
import { weakestBasis } from '../core/legal-reference.js';
import { runGrantRule, type GrantForYear, type GrantRule, type PersonBudgetYearInput } from './grant-rule.js';

const oneOffMessage = {
  nb: (p: { id: string; budgetYear: number; yearNumber: number }) =>
    `${p.id}: tilskudd 1 (engangstilskudd) ved nedsatt funksjonsevne/atferdsvansker, år ${p.yearNumber}, sats for ${p.budgetYear}`,
  en: (p: { id: string; budgetYear: number; yearNumber: number }) =>
    `${p.id}: tilskudd 1 (one-off) for disability/behavioural problems, year ${p.yearNumber}, ${p.budgetYear} rate`,
};

type CostParams = { id: string; budgetYear: number; costs: string; threshold: string; maximum: string };
const costMessage = {
  nb: (p: CostParams) =>
    `${p.id}: tilskudd 2 for ${p.budgetYear}: dokumenterte utgifter ${p.costs} over innslagssummen ${p.threshold}, høyst ${p.maximum} (beregningsmåten er en antagelse)`,
  en: (p: CostParams) =>
    `${p.id}: tilskudd 2 for ${p.budgetYear}: documented costs ${p.costs} above the threshold ${p.threshold}, at most ${p.maximum} (the arithmetic is an assumption)`,
};

/** The disability-grant rule. @internal */
export const disabilityGrantRule: GrantRule = (facts, budgetYear, parameters, explain) => {
  const lines: GrantLine[] = [];
  const steps: ReturnType<typeof step>[] = [];
  const yearNumber = budgetYear - facts.settlementYear + 1;
  for (const claim of facts.disabilityClaims.filter((c) => c.budgetYear === budgetYear)) {
    if (claim.kind === 'oneOff') {
      const rate = rateForBudgetYear(parameters.grants.disabilityGrantOneOff, budgetYear);
      lines.push({
        personId: facts.id,
        budgetYear,
        grant: 'disabilityOneOff',
        yearNumber,
        detail: 'tilskudd 1',
        amount: rate.value,
        rule: 'grants.disability.one-off',
        reference: rate.reference,
        basis: rate.basis,
        rate: { parameter: parameters.grants.disabilityGrantOneOff.id, from: rate.from },
      });
      if (explain)
        steps.push(
          step({
            rule: 'grants.disability.one-off',
            message: oneOffMessage,
            params: { id: facts.id, budgetYear, yearNumber },
            amount: rate.value,
            reference: IMDI_DISABILITY_GRANT,
            basis: 'official',
            used: [usedValue(parameters.grants.disabilityGrantOneOff, rate, (v) => v.toString())],
          }),
        );
      continue;
    }
    const threshold = rateForBudgetYear(parameters.grants.disabilityGrantCostThreshold, budgetYear);
    const maximum = rateForBudgetYear(parameters.grants.disabilityGrantYearlyMaximum, budgetYear);
    const above = moneyToRational(claim.documentedCosts).sub(moneyToRational(threshold.value)).max(Rational.ZERO);
    const amount: Money = roundHalfUpToOre(above.min(moneyToRational(maximum.value)));
    lines.push({
      personId: facts.id,
      budgetYear,
      grant: 'disabilityDocumentedCosts',
      yearNumber,
      detail: `tilskudd 2, costs ${claim.documentedCosts.toString()}`,
      amount,
      rule: 'grants.disability.documented-costs',
      reference: maximum.reference,
      basis: weakestBasis('assumption', threshold.basis, maximum.basis),
      rate: { parameter: parameters.grants.disabilityGrantYearlyMaximum.id, from: maximum.from },
    });
    if (explain) {
      steps.push(
        step({
          rule: 'grants.disability.documented-costs',
          message: costMessage,
          params: {
            id: facts.id,
            budgetYear,
            costs: claim.documentedCosts.toString(),
            threshold: threshold.value.toString(),
            maximum: maximum.value.toString(),
          },
          amount,
          reference: IMDI_DISABILITY_GRANT,
          basis: 'assumption',
          used: [
            usedValue(parameters.grants.disabilityGrantCostThreshold, threshold, (v) => v.toString()),
            usedValue(parameters.grants.disabilityGrantYearlyMaximum, maximum, (v) => v.toString()),
          ],
        }),
      );
    }
  }
  return { lines, steps };
};

/**
 * The disability grant for one person's claims in one budget year.
 * @throws InputError on bad input or a claim the rules do not allow; NoParameterValueError ("no rate for
 * budget year X") — note that no budget year ships with both the threshold and the maximum of tilskudd 2,
 * so tilskudd 2 needs your own table.
 *
 * @example
 * ```ts
 * import { disabilityGrant } from 'integreringsregler';
 * const person = { birthDate: '1985-01-01', settlementDate: '2022-10-01', disabilityClaims: [{ kind: 'oneOff', budgetYear: 2023 }] };
 * disabilityGrant({ person, budgetYear: 2023 }).value.amount.toString(); // '196400'
 * ```
 */
export function disabilityGrant(input: PersonBudgetYearInput, options?: RuleOptions): Explained<GrantForYear> {
  return runGrantRule(disabilityGrantRule, input, options);
}
