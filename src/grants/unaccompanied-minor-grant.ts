/**
 * The special grant for unaccompanied minors (særskilt tilskudd): on top of the integration grant, every
 * budget year from settlement up to and including the calendar year the person turns 20; the rate
 * depends on the calendar year of the birthday — to and including the year they turn 16, or from the year
 * they turn 17 (IMDi, grant for unaccompanied minors; Prop. 1 S, post 61).
 *
 * The settlement year: IMDi says the amount depends on "age and time of settlement", but no readable
 * source gives the rule. The library assumes the grant runs from the month after the settlement month
 * (rate × months left / 12, rounded half-up to øre) and offers the full year instead
 * (`unaccompaniedMinorSettlementYear: 'fullYear'`). The 2016 one-off amount per minor settled in 2016 is
 * paid in full in the settlement year.
 * @module
 */
import { dateParts } from '../core/date.js';
import { step, usedValue, type Explained } from '../core/explanation.js';
import { moneyToRational } from '../core/money.js';
import { Rational } from '../core/rational.js';
import { roundHalfUpToOre } from '../core/rounding.js';
import { IMDI_UNACCOMPANIED_MINORS } from '../sources/grant-sources.js';
import { unaccompaniedMinorGrantTableText } from './tables/unaccompanied-minor-grant-rates.js';
import type { RuleOptions } from '../rule-options.js';
import { rateForBudgetYear } from './budget-year.js';
import { type GrantLine } from './grant-line.js';
import { weakestBasis } from '../core/legal-reference.js';
import {
  UNACCOMPANIED_MINOR_GRANT_LAST_YEAR_TURNING,
  UNACCOMPANIED_MINOR_LOWER_BAND_LAST_YEAR_TURNING,
} from './unaccompanied-minor-constants.js';
import { runGrantRule, type GrantForYear, type GrantRule, type PersonBudgetYearInput } from './grant-rule.js';

const MONTHS_IN_YEAR = 12;

type Params = {
  id: string;
  budgetYear: number;
  turns: number;
  band: 'low' | 'high';
  months: number;
  prorated: boolean;
  settlementMonth: number;
};

const paid = {
  nb: (p: Params) =>
    `${p.id}: særskilt tilskudd for enslige mindreårige i ${p.budgetYear}: fyller ${p.turns} i ${p.budgetYear}, sats ${p.band === 'low' ? 'til og med året personen fyller 16' : 'fra året personen fyller 17'}${p.prorated ? `; i bosettingsåret fra måneden etter bosettingsmåneden (${p.settlementMonth}): ${p.months}/12 av satsen (antagelse)` : ''}`,
  en: (p: Params) =>
    `${p.id}: special grant for unaccompanied minors in ${p.budgetYear}: turns ${p.turns} in ${p.budgetYear}, the rate ${p.band === 'low' ? 'to the year the person turns 16' : 'from the year the person turns 17'}${p.prorated ? `; in the settlement year from the month after the settlement month (${p.settlementMonth}): ${p.months}/12 of the rate (assumption)` : ''}`,
};

const tooOld = {
  nb: (p: Params) => `${p.id}: intet særskilt tilskudd i ${p.budgetYear}: fyller ${p.turns}, etter året personen fyller 20`,
  en: (p: Params) => `${p.id}: no special grant in ${p.budgetYear}: turns ${p.turns}, after the year the person turns 20`,
};

const extra = {
  nb: (p: { id: string; budgetYear: number }) => `${p.id}: engangsbeløp for enslig mindreårig bosatt i ${p.budgetYear}`,
  en: (p: { id: string; budgetYear: number }) => `${p.id}: one-off amount for an unaccompanied minor settled in ${p.budgetYear}`,
};

/** The rule of the special grant for unaccompanied minors. @internal */
export const unaccompaniedMinorGrantRule: GrantRule = (facts, budgetYear, parameters, explain) => {
  if (!facts.unaccompaniedMinor || budgetYear < facts.settlementYear) return { lines: [], steps: [] };
  const turns = budgetYear - facts.birthYear;
  const settlementMonth = dateParts(facts.settlementDate).month;
  const settlementYear = budgetYear === facts.settlementYear;
  const prorated = settlementYear && facts.unaccompaniedMinorSettlementYear === 'fromMonthAfterSettlement';
  const months = prorated ? MONTHS_IN_YEAR - settlementMonth : MONTHS_IN_YEAR;
  const band = turns <= UNACCOMPANIED_MINOR_LOWER_BAND_LAST_YEAR_TURNING ? ('low' as const) : ('high' as const);
  const params: Params = { id: facts.id, budgetYear, turns, band, months, prorated, settlementMonth };
  if (turns > UNACCOMPANIED_MINOR_GRANT_LAST_YEAR_TURNING) {
    return {
      lines: [],
      steps: explain
        ? [step({ rule: 'grants.unaccompanied-minor', message: tooOld, params, reference: IMDI_UNACCOMPANIED_MINORS, basis: 'official' })]
        : [],
    };
  }
  const parameter = parameters.grants.unaccompaniedMinorGrantRates;
  const rates = rateForBudgetYear(parameter, budgetYear);
  const rate = band === 'low' ? rates.value.toYearTurning16 : rates.value.fromYearTurning17;
  const amount = roundHalfUpToOre(moneyToRational(rate).mul(Rational.of(months, MONTHS_IN_YEAR)));
  const ruleBasis = prorated ? ('assumption' as const) : ('official' as const);
  const base = {
    personId: facts.id,
    budgetYear,
    grant: 'unaccompaniedMinor' as const,
    yearNumber: budgetYear - facts.settlementYear + 1,
    reference: rates.reference,
    rate: { parameter: parameter.id, from: rates.from },
  };
  const lines: GrantLine[] = [
    {
      ...base,
      detail: `turns ${turns}${prorated ? `, ${months}/12` : ''}`,
      amount,
      rule: 'grants.unaccompanied-minor',
      basis: weakestBasis(ruleBasis, rates.basis),
    },
  ];
  const used = usedValue(parameter, rates, unaccompaniedMinorGrantTableText);
  const steps = explain
    ? [
        step({
          rule: 'grants.unaccompanied-minor',
          message: paid,
          params,
          amount,
          reference: IMDI_UNACCOMPANIED_MINORS,
          basis: ruleBasis,
          used: [used],
        }),
      ]
    : [];
  const once = rates.value.settlementYearExtra;
  if (settlementYear && once !== undefined) {
    lines.push({
      ...base,
      detail: 'settled this budget year',
      amount: once,
      rule: 'grants.unaccompanied-minor.settlement-year-extra',
      basis: rates.basis,
    });
    if (explain)
      steps.push(
        step({
          rule: 'grants.unaccompanied-minor.settlement-year-extra',
          message: extra,
          params: { id: facts.id, budgetYear },
          amount: once,
          reference: rates.reference,
          basis: rates.basis,
          used: [used],
        }),
      );
  }
  return { lines, steps };
};

/**
 * The special grant for unaccompanied minors for one person in one budget year.
 * @throws InputError on bad input; NoParameterValueError ("no rate for budget year X").
 *
 * @example
 * ```ts
 * import { unaccompaniedMinorGrant } from 'integreringsregler';
 * // Born 2008, settled 2020, budget year 2023 (proposal rates): turns 15, to-16 band, full year.
 * unaccompaniedMinorGrant({ person: { birthDate: '2008-04-01', settlementDate: '2020-05-01', unaccompaniedMinor: true }, budgetYear: 2023 }).value.amount.toString(); // '1118000'
 * // Settled in September 2023, turning 17: 705 000 × 3/12 (October–December).
 * unaccompaniedMinorGrant({ person: { birthDate: '2006-02-01', settlementDate: '2023-09-10', unaccompaniedMinor: true }, budgetYear: 2023 }).value.amount.toString(); // '176250'
 * ```
 */
export function unaccompaniedMinorGrant(input: PersonBudgetYearInput, options?: RuleOptions): Explained<GrantForYear> {
  return runGrantRule(unaccompaniedMinorGrantRule, input, options);
}
