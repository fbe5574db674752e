/**
 * The integration grant (integreringstilskudd) for one person in one budget year: the budget year's rate
 * for the person's year number; the year-1 rate depends on the category (single adult, adult, child,
 * unaccompanied minor), years 2–5 have one rate for everyone (IMDi, integration grant; rates in
 * Prop. 1 S, kap. 496/291/671 post 60). Year 1 is not prorated by month: no source prorates it. A child
 * born within six months after the mother's settlement gets no line for a budget year before the birth;
 * which year is its year 1 follows `newbornGrantYearOne` (assumption, stated in the explanation).
 * @module
 */
import { step, usedValue, type Explained, type Step } from '../core/explanation.js';
import type { Basis } from '../core/legal-reference.js';
import type { Money } from '../core/money.js';
import { integrationGrantTableText, type IntegrationGrantRates } from './tables/integration-grant-rates.js';
import { IMDI_INTEGRATION_GRANT } from '../sources/grant-sources.js';
import type { GrantsSlices } from './options.js';
import type { RuleOptions } from '../rule-options.js';
import { rateForBudgetYear } from './budget-year.js';
import { type GrantLine } from './grant-line.js';
import { weakestBasis } from '../core/legal-reference.js';
import type { GrantCategory, PersonFacts } from './grant-person.js';
import { runGrantRule, type GrantForYear, type GrantRule, type PersonBudgetYearInput } from './grant-rule.js';
import { yearNumberOf } from './grant-year-number.js';

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

type Params = {
  id: string;
  budgetYear: number;
  settlementYear: number;
  yearNumber: number;
  lastYearNumber: number;
  category: GrantCategory;
};

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

type NewbornParams = {
  id: string;
  budgetYear: number;
  birthDate: string;
  birthYear: number;
  motherSettlementDate: string;
  settlementYear: number;
  lastYear: number;
};

const beforeBirth = {
  nb: (p: NewbornParams) =>
    `${p.id}: intet tilskudd i ${p.budgetYear}: barnet er født ${p.birthDate}, og ingen tilskudd føres for et budsjettår før fødselen`,
  en: (p: NewbornParams) =>
    `${p.id}: no grant in ${p.budgetYear}: the child is born on ${p.birthDate}, and no grant is booked for a budget year before the birth`,
};

const readingBirthYear = {
  nb: (p: NewbornParams) =>
    `${p.id}: født ${p.birthDate}, innen seks måneder etter mors bosetting ${p.motherSettlementDate}; år 1 er fødselsåret ${p.birthYear} og år 2–5 er ${p.birthYear + 1}–${p.lastYear} (antagelse: ingen kilde sier hvilket år som er barnets år 1)`,
  en: (p: NewbornParams) =>
    `${p.id}: born ${p.birthDate}, within six months after the mother's settlement on ${p.motherSettlementDate}; year 1 is the birth year ${p.birthYear} and years 2–5 are ${p.birthYear + 1}–${p.lastYear} (assumption: no source says which year is the child's year 1)`,
};

const readingMothersYear = {
  nb: (p: NewbornParams) =>
    `${p.id}: født ${p.birthDate}, innen seks måneder etter mors bosetting ${p.motherSettlementDate}; årene telles som mors (år 1 = ${p.settlementYear}), men år 1 føres i fødselsåret ${p.birthYear} sammen med år 2 (antagelse: ingen kilde sier hvilket år som er barnets år 1)`,
  en: (p: NewbornParams) =>
    `${p.id}: born ${p.birthDate}, within six months after the mother's settlement on ${p.motherSettlementDate}; the years count as the mother's (year 1 = ${p.settlementYear}), but year 1 is booked in the birth year ${p.birthYear} together with year 2 (assumption: no source says which year is the child's year 1)`,
};

const catchUp = {
  nb: (p: Params) =>
    `${p.id}: integreringstilskudd for år 1 (${p.settlementYear}), sats for ${CATEGORY[p.category].nb} etter satsene for ${p.settlementYear}, ført i fødselsåret ${p.budgetYear}`,
  en: (p: Params) =>
    `${p.id}: integration grant for year 1 (${p.settlementYear}), ${CATEGORY[p.category].en} rate at the ${p.settlementYear} rates, booked in the birth year ${p.budgetYear}`,
};

/** One integration-grant line for a year number, at the rates of the budget year `rateYear`. */
function grantLine(facts: PersonFacts, budgetYear: number, yearNumber: number, rateYear: number, parameters: GrantsSlices, basis: Basis) {
  const rates = rateForBudgetYear(parameters.grants.integrationGrantRates, rateYear);
  const amount = rateFor(rates.value, yearNumber, facts.category);
  const line = {
    personId: facts.id,
    budgetYear,
    grant: 'integration' as const,
    yearNumber,
    detail:
      yearNumber === 1
        ? `year 1, ${facts.category}${rateYear === budgetYear ? '' : `, ${rateYear} rates booked in the birth year`}`
        : `year ${yearNumber}`,
    amount,
    rule: 'grants.integration',
    reference: rates.reference,
    basis: weakestBasis(basis, rates.basis),
    rate: { parameter: parameters.grants.integrationGrantRates.id, from: rates.from },
  };
  return { line, rates, amount };
}

/** The integration-grant rule. @internal */
export const integrationGrantRule: GrantRule = (facts, budgetYear, parameters, explain) => {
  const { yearNumber, payable, lastYearNumber } = yearNumberOf(facts.settlementYear, budgetYear, facts.lastYearNumber === 3);
  const params: Params = {
    id: facts.id,
    budgetYear,
    settlementYear: facts.settlementYear,
    yearNumber,
    lastYearNumber,
    category: facts.category,
  };
  const newborn = facts.newborn;
  const np: NewbornParams | undefined =
    newborn === undefined
      ? undefined
      : {
          id: facts.id,
          budgetYear,
          birthDate: facts.birthDate,
          birthYear: facts.birthYear,
          motherSettlementDate: newborn.motherSettlementDate,
          settlementYear: facts.settlementYear,
          lastYear: facts.settlementYear + lastYearNumber - 1,
        };
  // A child born after the mother's settlement: nothing before the birth year, and, when the birth year is
  // later than the mother's, the reading of year 1 is stated once, in the first budget year.
  if (np !== undefined && budgetYear < facts.firstBudgetYear) {
    return {
      lines: [],
      steps: explain
        ? [step({ rule: 'grants.integration', message: beforeBirth, params: np, reference: IMDI_INTEGRATION_GRANT, basis: 'official' })]
        : [],
    };
  }
  const readingMatters = newborn?.readingMatters === true;
  const ruleBasis: Basis = readingMatters ? 'assumption' : 'official';
  const steps: Step[] = [];
  if (explain && np !== undefined && readingMatters && budgetYear === facts.firstBudgetYear) {
    steps.push(
      step({
        rule: 'grants.newborn-year-one',
        message: newborn?.yearOne === 'birthYear' ? readingBirthYear : readingMothersYear,
        params: np,
        reference: IMDI_INTEGRATION_GRANT,
        basis: 'assumption',
        used: newborn?.dated === undefined ? [] : [usedValue(parameters.grants.newbornGrantYearOne, newborn.dated, String)],
      }),
    );
  }
  const lines: GrantLine[] = [];
  // Year 1 falls before the birth (mother's-year reading): booked in the birth year at year 1's rates.
  if (budgetYear === facts.firstBudgetYear && budgetYear > facts.settlementYear) {
    const y1 = grantLine(facts, budgetYear, 1, facts.settlementYear, parameters, ruleBasis);
    lines.push(y1.line);
    if (explain) {
      steps.push(
        step({
          rule: 'grants.integration',
          message: catchUp,
          params,
          amount: y1.amount,
          reference: IMDI_INTEGRATION_GRANT,
          basis: 'assumption',
          used: [usedValue(parameters.grants.integrationGrantRates, y1.rates, integrationGrantTableText)],
        }),
      );
    }
  }
  if (!payable) {
    if (explain)
      steps.push(step({ rule: 'grants.integration', message: notPaid, params, reference: IMDI_INTEGRATION_GRANT, basis: 'official' }));
    return { lines, steps };
  }
  const { line, rates, amount } = grantLine(facts, budgetYear, yearNumber, budgetYear, parameters, ruleBasis);
  lines.push(line);
  if (explain) {
    steps.push(
      step({
        rule: 'grants.integration',
        message: paid,
        params,
        amount,
        reference: IMDI_INTEGRATION_GRANT,
        basis: ruleBasis,
        used: [usedValue(parameters.grants.integrationGrantRates, rates, integrationGrantTableText)],
      }),
    );
  }
  return { lines, steps };
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
