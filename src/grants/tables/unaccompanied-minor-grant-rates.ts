/**
 * The special grant for unaccompanied minors (særskilt tilskudd ved bosetting av enslige mindreårige),
 * paid on top of the integration grant every year up to and including the calendar year the person turns
 * 20. Since 2017 it has two bands by the calendar year of the birthday: to and including the year the
 * person turns 16, and from the year they turn 17 (IMDi payment codes EMINB / EMINU). In 2016 it had one
 * rate, plus a one-off amount for each minor settled that year.
 *
 * Shipped: 2016 (official, IMDi circular), 2017 and 2023 (the government's proposals, labelled as such).
 * 2022 is not shipped although the 2023 proposal kept the rates unchanged: that is an inference, not a
 * source. Other years are missing and stop a schedule with "no rate for budget year X".
 * @module
 */
import { Decimal } from '../../core/money.js';
import { defineParameter } from '../../core/parameters.js';
import { budgetYearValue } from './budget-year-value.js';
import {
  IMDI_UNACCOMPANIED_MINORS_2016,
  PROPOSAL_2023_VIA_KS,
  PROPOSAL_UNACCOMPANIED_MINORS_2017,
  proposalNote,
} from '../../sources/grant-sources.js';

/** One budget year's rates of the special grant for unaccompanied minors (kroner per person a year). */
export interface UnaccompaniedMinorGrantRates {
  /** For the years up to and including the year the person turns 16. */
  readonly toYearTurning16: Decimal;
  /** From the year the person turns 17 up to and including the year they turn 20. */
  readonly fromYearTurning17: Decimal;
  /** A one-off amount in the settlement year for each minor settled that budget year (2016 only). */
  readonly settlementYearExtra?: Decimal;
}

/**
 * The rates as one line of text, for the "values used" list of an explanation.
 *
 * @example
 * ```ts
 * import { Decimal, unaccompaniedMinorGrantTableText } from 'integreringsregler';
 * unaccompaniedMinorGrantTableText({ toYearTurning16: new Decimal(1_118_000), fromYearTurning17: new Decimal(705_000) }); // '≤16: 1118000; 17–20: 705000'
 * ```
 */
export function unaccompaniedMinorGrantTableText(r: UnaccompaniedMinorGrantRates): string {
  const extra = r.settlementYearExtra === undefined ? '' : `; +${r.settlementYearExtra.toString()}`;
  return `≤16: ${r.toYearTurning16.toString()}; 17–20: ${r.fromYearTurning17.toString()}${extra}`;
}

/**
 * The special grant for unaccompanied minors by budget year.
 *
 * @example
 * ```ts
 * import { unaccompaniedMinorGrantRates, valueOn } from 'integreringsregler';
 * valueOn(unaccompaniedMinorGrantRates, '2023-01-01').value.toYearTurning16.toString(); // '1118000'
 * ```
 */
export const unaccompaniedMinorGrantRates = /* @__PURE__ */ defineParameter<UnaccompaniedMinorGrantRates>({
  id: 'unaccompaniedMinorGrantRates',
  name: { nb: 'Særskilt tilskudd for enslige mindreårige, satser', en: 'Special grant for unaccompanied minors, rates' },
  unit: 'NOK/year',
  values: [
    budgetYearValue(
      2016,
      { toYearTurning16: new Decimal(207_000), fromYearTurning17: new Decimal(207_000), settlementYearExtra: new Decimal(100_000) },
      IMDI_UNACCOMPANIED_MINORS_2016,
      'official',
    ),
    budgetYearValue(
      2017,
      { toYearTurning16: new Decimal(1_198_000), fromYearTurning17: new Decimal(750_000) },
      PROPOSAL_UNACCOMPANIED_MINORS_2017,
      'official',
      proposalNote(2017),
    ),
    budgetYearValue(
      2023,
      { toYearTurning16: new Decimal(1_118_000), fromYearTurning17: new Decimal(705_000) },
      PROPOSAL_2023_VIA_KS,
      'official',
      proposalNote(2023, 'KS'),
    ),
  ],
});
