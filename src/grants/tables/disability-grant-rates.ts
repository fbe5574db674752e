/**
 * The grant for settling persons with disabilities and/or behavioural problems: tilskudd 1, a one-off
 * amount in settlement year 1 or 2; tilskudd 2, a yearly grant for documented costs above a threshold,
 * up to a yearly maximum. Each figure is its own table because the sources give different years for each:
 * the amounts come from budget proposals (2009, 2010, 2019, 2023), the threshold only from the ministry's
 * 2017 rules. A year without a figure stops the computation with "no rate for budget year X".
 * @module
 */
import { Decimal } from '../../core/money.js';
import { defineParameter } from '../../core/parameters.js';
import { budgetYearValue } from './budget-year-value.js';
import {
  JD_DISABILITY_RULES_2017,
  PROPOSAL_2009,
  PROPOSAL_2010,
  PROPOSAL_2019_VIA_KS,
  PROPOSAL_2023_VIA_KS,
  proposalNote,
} from '../../sources/grant-sources.js';

/**
 * Tilskudd 1: the one-off amount, by budget year.
 *
 * @example
 * ```ts
 * import { disabilityGrantOneOff, valueOn } from 'integreringsregler';
 * valueOn(disabilityGrantOneOff, '2023-01-01').value.toString(); // '196400'
 * ```
 */
export const disabilityGrantOneOff = /* @__PURE__ */ defineParameter<Decimal>({
  id: 'disabilityGrantOneOff',
  name: { nb: 'Tilskudd ved nedsatt funksjonsevne, tilskudd 1 (engangs)', en: 'Disability grant, tilskudd 1 (one-off)' },
  unit: 'NOK',
  values: [
    budgetYearValue(2009, new Decimal(146_200), PROPOSAL_2009, 'official', proposalNote(2009)),
    budgetYearValue(2010, new Decimal(150_900), PROPOSAL_2010, 'official', proposalNote(2010)),
    budgetYearValue(2019, new Decimal(190_800), PROPOSAL_2019_VIA_KS, 'official', proposalNote(2019, 'KS')),
    budgetYearValue(2023, new Decimal(196_400), PROPOSAL_2023_VIA_KS, 'official', proposalNote(2023, 'KS')),
  ],
});

/**
 * Tilskudd 2: the most paid in one budget year for one person.
 *
 * @example
 * ```ts
 * import { disabilityGrantYearlyMaximum, valueOn } from 'integreringsregler';
 * valueOn(disabilityGrantYearlyMaximum, '2019-01-01').value.toString(); // '1320000'
 * ```
 */
export const disabilityGrantYearlyMaximum = /* @__PURE__ */ defineParameter<Decimal>({
  id: 'disabilityGrantYearlyMaximum',
  name: { nb: 'Tilskudd ved nedsatt funksjonsevne, tilskudd 2 (høyst per år)', en: 'Disability grant, tilskudd 2 (yearly maximum)' },
  unit: 'NOK/year',
  values: [
    budgetYearValue(2009, new Decimal(730_800), PROPOSAL_2009, 'official', proposalNote(2009)),
    budgetYearValue(2010, new Decimal(754_200), PROPOSAL_2010, 'official', proposalNote(2010)),
    budgetYearValue(2019, new Decimal(1_320_000), PROPOSAL_2019_VIA_KS, 'official', proposalNote(2019, 'KS')),
    budgetYearValue(2023, new Decimal(1_520_000), PROPOSAL_2023_VIA_KS, 'official', proposalNote(2023, 'KS')),
  ],
});

/**
 * Tilskudd 2: the threshold ("innslagssum") — documented yearly costs above it count toward the grant.
 * Only the 2017 figure was found (the ministry's 2017 rules, which also set 100 000 for tilskudd 1).
 *
 * @example
 * ```ts
 * import { disabilityGrantCostThreshold, valueOn } from 'integreringsregler';
 * valueOn(disabilityGrantCostThreshold, '2017-01-01').value.toString(); // '200000'
 * ```
 */
export const disabilityGrantCostThreshold = /* @__PURE__ */ defineParameter<Decimal>({
  id: 'disabilityGrantCostThreshold',
  name: { nb: 'Tilskudd ved nedsatt funksjonsevne, tilskudd 2 (innslagssum)', en: 'Disability grant, tilskudd 2 (cost threshold)' },
  unit: 'NOK/year',
  values: [budgetYearValue(2017, new Decimal(200_000), JD_DISABILITY_RULES_2017, 'official')],
});
