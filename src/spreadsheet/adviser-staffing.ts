/**
 * `ADVISER_FTE(participants; [date])` and `ADVISER_CAPACITY(position_percents; [date])`: adviser
 * full-time equivalents needed for a number of participants, and the participants a set of adviser
 * positions can follow, under the caseload norm (see `caseloadNorm`), as spreadsheet functions over
 * {@link adviserFteNeeded} and {@link checkAdviserStaffing}.
 * @module
 */
import type { IsoDate } from '../core/date.js';
import { adviserFteNeeded } from '../caseload/index.js';
import { checkAdviserStaffing } from '../caseload/index.js';
import { defaultParameters } from '../parameter-set.js';
import { sheetOptionalDate, type SheetInput } from './sheet-input.js';
import { sheetNumberList, type SheetRange } from './sheet-options.js';
import { sheetCall, type SheetResult } from './sheet-result.js';
import { sheetInteger } from './sheet-values.js';

/** The date the latest shipped norm applies from: the norm used when a sheet gives no date. */
function latestNormDate(): IsoDate {
  const values = defaultParameters.caseload.caseloadNorm.values;
  return (values[values.length - 1] as (typeof values)[number]).from;
}

/**
 * Adviser FTE (årsverk) needed for a number of active participants: participants ÷ the norm (20 per
 * full-time adviser), rounded up to four decimals only if the norm does not divide evenly. The norm is
 * the one in force on `date`; without a date, the latest norm the library ships.
 *
 * @example
 * ```ts
 * import { ADVISER_FTE } from 'integreringsregler/spreadsheet';
 * ADVISER_FTE(22); // 1.1 (22 ÷ 20)
 * ADVISER_FTE(125, '2024-01-01'); // 6.25
 * ADVISER_FTE(-1); // '#VERDI! deltakere: må være minst 0'
 * ```
 */
export function ADVISER_FTE(participants: SheetInput, date?: SheetInput): SheetResult {
  return sheetCall({ participants: 'deltakere', date: 'dato' }, () => {
    const n = sheetInteger(participants, 'participants');
    const on = sheetOptionalDate(date, 'date') ?? latestNormDate();
    return Number(adviserFteNeeded({ participants: n, date: on }, { explain: false }).value.fteNeeded.toString());
  });
}

/**
 * The participants a set of adviser positions can follow: the positions' percentages added up, ÷ 100,
 * × the norm. The positions come as a range of cells or as one text, separated by commas or semicolons
 * (`"60, 50"`: two positions; write decimals with a point, `"62.5"`).
 *
 * @example
 * ```ts
 * import { ADVISER_CAPACITY } from 'integreringsregler/spreadsheet';
 * ADVISER_CAPACITY('60, 50'); // 22 ((60 + 50) ÷ 100 × 20)
 * ADVISER_CAPACITY([[60], [50]]); // 22
 * ADVISER_CAPACITY('60, 120'); // '#VERDI! stillingsprosenter.1: «120» er ikke en stillingsprosent over 0 og høyst 100 med høyst to desimaler'
 * ```
 */
export function ADVISER_CAPACITY(positionPercents: SheetInput | SheetRange, date?: SheetInput): SheetResult {
  return sheetCall({ positions: 'stillingsprosenter', date: 'dato' }, () => {
    const positions = sheetNumberList(positionPercents, 'positions');
    const on = sheetOptionalDate(date, 'date') ?? latestNormDate();
    return Number(checkAdviserStaffing({ positions, participants: 0, date: on }, { explain: false }).value.capacity.toString());
  });
}
