/**
 * The integration grant (integreringstilskudd) for one person in one budget year: the budget year's rate
 * for the person's year number; the year-1 rate depends on the category (single adult, adult, child,
 * unaccompanied minor), years 2–5 have one rate for everyone (IMDi, integration grant; rates in
 * Prop. 1 S, kap. 496/291/671 post 60). Year 1 is not prorated by month: no source prorates it.
 * @module
 */
import { step, usedValue, type Explained } from '../core/explanation.js';
import type { Money } from '../core/money.js';
import { integrationGrantTableText, type IntegrationGrantRates } from '../parameters/integration-grant-rates.js';
import { IMDI_INTEGRATION_GRANT } from '../parameters/grant-sources.js';
import type { RuleOptions } from '../parameters/rule-options.js';
import { rateForBudgetYear } from './budget-year.js';
import { weakerBasis } from './grant-line.js';
import type { GrantCategory } from './grant-person.js';
import { runGrantRule, type GrantForYear, type GrantRule, type PersonBudgetYearInput } from './grant-rule.js';
import { yearNumberOf } from './year-number.js';

const CATEGORY = {
  singleAdult: { nb: 'enslig voksen', en: 'single adult' },
  adult: { nb: 'voksen', en: 'adult' },
  child: { nb: 'barn', en: 'child' },
  unaccompaniedMinor: { nb: 'enslig mindreårig', en: 'unaccompanied minor' },
} as const;

function rateFor(rates: IntegrationGrantRates, yearNumber: number, category: GrantCategory): Money {
  if (yearNumber === 1) return rates.year1[category];
  return [rates.year2, rates.year3, rates.year4, rates.year5][yearNumber - 2] as Money;
}

type Params = { id: string; budgetYear: number; settlementYear: number; yearNumber: number; lastYearNumber: number; category: GrantCategory };

const paid = {
  nb: (p: Params) =>
    `${p.id}: integreringstilskudd for år ${p.yearNumber} (${p.budgetYear} − ${p.settlementYear} + 1)${p.yearNumber === 1 ? `, sats for ${CATEGORY[p.category].nb}` : ''}, etter satsene for ${p.budgetYear}`,
  en: (p: Params) =>
    `${p.id}: integration grant for year ${p.yearNumber} (${p.budgetYear} − ${p.settlementYear} + 1)${p.yearNumber === 1 ? `, ${CATEGORY[p.category].en} rate` : ''}, at the ${p.budgetYear} rates`,
};

const notPaid = {
  nb: (p: Params) =>
    p.yearNumber < 1
      ? `${p.id}: intet integreringstilskudd i ${p.budgetYear}, før bosettingsåret ${p.settlementYear}`
      : `${p.id}: intet integreringstilskudd i ${p.budgetYear}: år ${p.yearNumber} er etter siste år (${p.lastYearNumber}${p.lastYearNumber === 3 ? ', treårsregelen ved familieinnvandring med person med opphold på humanitært grunnlag' : ''})`,
  en: (p: Params) =>
    p.yearNumber < 1
      ? `${p.id}: no integration grant in ${p.budgetYear}, before the settlement year ${p.settlementYear}`
      : `${p.id}: no integration grant in ${p.budgetYear}: year ${p.yearNumber} is after the last year (${p.lastYearNumber}${p.lastYearNumber === 3 ? ', the three-year rule for family reunification with a humanitarian-permit holder' : ''})`,
};

/** The integration-grant rule. @internal */
export const integrationGrantRule: GrantRule = (facts, budgetYear, parameters, explain) => {
  const { yearNumber, payable, lastYearNumber } = yearNumberOf(facts.settlementYear, budgetYear, facts.lastYearNumber === 3);
  const params: Params = { id: facts.id, budgetYear, settlementYear: facts.settlementYear, yearNumber, lastYearNumber, category: facts.category };
  if (!payable) {
    return { lines: [], steps: explain ? [step({ rule: 'grants.integration', message: notPaid, params, reference: IMDI_INTEGRATION_GRANT, basis: 'official' })] : [] };
  }
  const rates = rateForBudgetYear(parameters.integrationGrantRates, budgetYear);
  const amount = rateFor(rates.value, yearNumber, facts.category);
  const line = {
    personId: facts.id,
    budgetYear,
    grant: 'integration' as const,
    yearNumber,
    detail: yearNumber === 1 ? `year 1, ${facts.category}` : `year ${yearNumber}`,
    amount,
    rule: 'grants.integration',
    reference: rates.reference,
    basis: weakerBasis('official', rates.basis),
    rate: { parameter: parameters.integrationGrantRates.id, from: rates.from },
  };
  const steps = explain
    ? [
        step({
          rule: 'grants.integration',
          message: paid,
          params,
          amount,
          reference: IMDI_INTEGRATION_GRANT,
          basis: 'official',
          used: [usedValue(parameters.integrationGrantRates, rates, integrationGrantTableText)],
        }),
      ]
    : [];
  return { lines: [line], steps };
};

/**
 * The integration grant for one person in one budget year.
 * @throws InputError on bad input; NoParameterValueError ("no rate for budget year X") when the year's
 * table is not shipped and not supplied.
 *
 * @example
 * ```ts
 * import { integrationGrant } from 'integreringsregler';
 * // Single adult settled June 2017: year 1 at the 2017 single-adult rate.
 * integrationGrant({ person: { birthDate: '1990-01-01', settlementDate: '2017-06-15', singleAdult: true }, budgetYear: 2017 }).value.amount.toString(); // '235000'
 * // Settled 2015: 2017 is year 3, the same rate for every category.
 * integrationGrant({ person: { birthDate: '1980-05-05', settlementDate: '2015-02-01' }, budgetYear: 2017 }).value.amount.toString(); // '167000'
 * ```
 */
export function integrationGrant(input: PersonBudgetYearInput, options?: RuleOptions): Explained<GrantForYear> {
  return runGrantRule(integrationGrantRule, input, options);
}
