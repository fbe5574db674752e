/**
 * What a spreadsheet function gives back: a number (money rounded half-up to øre here, at the edge, and
 * only here), or — when the input is bad or no rate covers the date — an error text in the style of a
 * Norwegian spreadsheet, with the library's message in bokmål:
 * - `#VERDI! <argument>: <message>` for bad input (Norwegian Excel's `#VALUE!`);
 * - `#I/T <message>` when no shipped rate covers the date (Norwegian Excel's `#N/A`).
 * Any other exception is a bug, not an input problem, and is thrown as it is.
 * @module
 */
import type DecimalJs from 'decimal.js';
import { isInputError, isNoParameterValueError } from '../core/errors.js';
import { roundHalfUpToOre } from '../core/rounding.js';

/** What a spreadsheet function returns: the figure, or an error text starting with `#`. */
export type SheetResult = number | string;

/** The prefix of an error text for bad input. */
export const SHEET_VALUE_ERROR = '#VERDI!';
/** The prefix of an error text when no rate covers the date. */
export const SHEET_NOT_AVAILABLE = '#I/T';

/**
 * Money as a spreadsheet number: rounded half-up to whole øre, then the nearest JavaScript number. The one
 * place the library's exact amounts become floating point.
 *
 * @example
 * ```ts
 * import { Decimal } from 'integreringsregler';
 * import { moneyToSheetNumber } from 'integreringsregler/spreadsheet';
 * moneyToSheetNumber(new Decimal('20671.333')); // 20671.33
 * moneyToSheetNumber(new Decimal('0.005')); // 0.01
 * ```
 */
export function moneyToSheetNumber(amount: DecimalJs): number {
  return Number(roundHalfUpToOre(amount).toFixed(2));
}

/**
 * True when a spreadsheet function's result is an error text rather than a figure.
 *
 * @example
 * ```ts
 * import { BASIC_AMOUNT, isSheetError } from 'integreringsregler/spreadsheet';
 * isSheetError(BASIC_AMOUNT('2024-05-01')); // false
 * isSheetError(BASIC_AMOUNT('2023-02-29')); // true
 * ```
 */
export function isSheetError(result: unknown): result is string {
  return typeof result === 'string' && (result.startsWith(SHEET_VALUE_ERROR) || result.startsWith(SHEET_NOT_AVAILABLE));
}

/**
 * Runs a spreadsheet function's body and turns the library's errors into error texts. `labels` gives
 * the bokmål name of each argument (by the key used in error paths), so a message names the argument as
 * the spreadsheet user knows it.
 *
 * @example
 * ```ts
 * import { inputError } from 'integreringsregler';
 * import { sheetCall } from 'integreringsregler/spreadsheet';
 * sheetCall({ date: 'dato' }, () => 1.5); // 1.5
 * sheetCall({ date: 'dato' }, () => { throw inputError('x', ['date'], { nb: 'feil', en: 'wrong' }); }); // '#VERDI! dato: feil'
 * ```
 */
export function sheetCall(labels: Readonly<Record<string, string>>, body: () => SheetResult): SheetResult {
  try {
    return body();
  } catch (e) {
    if (isInputError(e)) {
      const parts = e.issues.map((i) => {
        const [first, ...rest] = i.path.map(String);
        const where = first === undefined ? '' : [labels[first] ?? first, ...rest].join('.');
        return where === '' ? i.message.nb : `${where}: ${i.message.nb}`;
      });
      return `${SHEET_VALUE_ERROR} ${parts.join('; ')}`;
    }
    if (isNoParameterValueError(e)) return `${SHEET_NOT_AVAILABLE} ${e.localized.nb}`;
    throw e;
  }
}
