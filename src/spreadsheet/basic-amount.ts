/**
 * `BASIC_AMOUNT(date; [as_known_on])`: the basic amount G (kroner a year) in force on a date, as a
 * spreadsheet function over {@link basicAmountOn} (folketrygdloven § 1-4).
 * @module
 */
import { basicAmountOn } from '../basic-amount/index.js';
import { sheetDate, sheetOptionalDate, type SheetInput } from './sheet-input.js';
import { moneyToSheetNumber, sheetCall, type SheetResult } from './sheet-result.js';

/** The bokmål names of the arguments, for error texts. */
const LABELS = { date: 'dato', asKnownOn: 'kjent_per' } as const;

/**
 * The basic amount G in force on a date, optionally as it was known on a later date (a G decided after
 * 1 May is not seen before it was known). Dates are ISO text or 1900-system serial numbers.
 * Returns kroner as a number, or `#VERDI! …` / `#I/T …` text.
 *
 * @example
 * ```ts
 * import { BASIC_AMOUNT } from 'integreringsregler/spreadsheet';
 * BASIC_AMOUNT('2024-05-01'); // 124028
 * BASIC_AMOUNT(45413); // 124028 (serial 45413 is 2024-05-01)
 * BASIC_AMOUNT('2024-05-01', '2024-05-15'); // 118620
 * BASIC_AMOUNT('2023-02-29'); // '#VERDI! dato: «2023-02-29» er ikke en gyldig dato på formen ÅÅÅÅ-MM-DD (år 1900–2199)'
 * ```
 */
export function BASIC_AMOUNT(date: SheetInput, asKnownOn?: SheetInput): SheetResult {
  return sheetCall(LABELS, () => {
    const on = sheetDate(date, 'date');
    const known = sheetOptionalDate(asKnownOn, 'asKnownOn');
    const g = basicAmountOn({ date: on, ...(known === undefined ? {} : { asKnownOn: known }) }, { explain: false });
    return moneyToSheetNumber(g.value);
  });
}
