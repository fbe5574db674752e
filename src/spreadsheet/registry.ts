/**
 * Every spreadsheet function, with what a host needs to declare it: its arguments (bokmål and English
 * names, optional or not) and a one-line description. The Google Sheets and Excel wrappers in `examples/`
 * must declare exactly these (a test checks), and `docs/spreadsheets.md` lists them.
 * @module
 */
import type { LocalizedText } from '../core/localized-text.js';
import { BASIC_AMOUNT } from './basic-amount.js';
import type { SheetInput } from './sheet-input.js';
import type { SheetResult } from './sheet-result.js';

/** One argument of a spreadsheet function. */
export interface SheetArgument {
  /** The argument's name in formulas and error texts. */
  readonly name: LocalizedText;
  /** What to put in the cell. */
  readonly description: LocalizedText;
  /** May be left out. */
  readonly optional: boolean;
}

/** One spreadsheet function and its declaration. */
export interface SheetFunction {
  readonly fn: (...args: SheetInput[]) => SheetResult;
  readonly description: LocalizedText;
  readonly args: readonly SheetArgument[];
}

const dateHelp: LocalizedText = { nb: 'dato som tekst ÅÅÅÅ-MM-DD eller datocelle', en: 'date as text YYYY-MM-DD or a date cell' };

/**
 * The spreadsheet functions by name. A domain adds one line here for each function it exposes.
 *
 * @example
 * ```ts
 * import { sheetFunctions } from 'integreringsregler/spreadsheet';
 * Object.keys(sheetFunctions).includes('BASIC_AMOUNT'); // true
 * sheetFunctions.BASIC_AMOUNT?.fn('2025-05-01'); // 130160
 * ```
 */
export const sheetFunctions: Readonly<Record<string, SheetFunction>> = Object.freeze({
  BASIC_AMOUNT: {
    fn: BASIC_AMOUNT,
    description: { nb: 'Grunnbeløpet (G) i kroner per år på en dato', en: 'The basic amount G in kroner a year on a date' },
    args: [
      { name: { nb: 'dato', en: 'date' }, description: dateHelp, optional: false },
      { name: { nb: 'kjent_per', en: 'as_known_on' }, description: { nb: 'valgfri: regn med G slik den var kjent denne datoen', en: 'optional: use G as it was known on this date' }, optional: true },
    ],
  },
});
