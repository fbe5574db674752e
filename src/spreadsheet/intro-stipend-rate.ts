/**
 * `INTRO_STIPEND_RATE(regime; birth_date; month; unit)`: the introduction stipend's rate a year, a month,
 * a day or an hour for a participant in a month, as a spreadsheet function over {@link stipendRates}
 * (Introduction Act §§ 8–9, Integration Act § 20).
 * @module
 */
import { stipendRates, type StipendRates } from '../stipend/index.js';
import { sheetDate, type SheetInput } from './sheet-input.js';
import { SHEET_REGIMES } from './intro-stipend-month.js';
import { sheetChoice, sheetOptionalBoolean } from './sheet-options.js';
import { moneyToSheetNumber, sheetCall, type SheetResult } from './sheet-result.js';
import { sheetMonth } from './sheet-values.js';

const LABELS = { regime: 'ordning', birthDate: 'fødselsdato', month: 'måned', unit: 'enhet', livesWithParent: 'bor_med_forelder' } as const;

/** The units, in English and bokmål, and the rate each gives. */
const UNITS: Readonly<Record<string, Exclude<keyof StipendRates, 'fraction'>>> = {
  year: 'yearly',
  month: 'monthly',
  day: 'daily',
  hour: 'hourly',
  år: 'yearly',
  måned: 'monthly',
  dag: 'daily',
  time: 'hourly',
};

/**
 * The stipend's rate in kroner for one unit — `"month"`, `"day"`, `"hour"` or `"year"` (bokmål
 * `"måned"`, `"dag"`, `"time"`, `"år"`) — for the participant's age and household in the month, rounded
 * half-up to øre. Year = 2 G × fraction; month = year ÷ 12; day = month ÷ 30; hour = year ÷ 1850.
 *
 * @example
 * ```ts
 * import { INTRO_STIPEND_RATE } from 'integreringsregler/spreadsheet';
 * // June 2024, age 40: 2 G = 248 056 a year; ÷ 12 = 20 671.33; ÷ 1850 = 134.08
 * INTRO_STIPEND_RATE('introduksjonsloven', '1984-03-10', '2024-06', 'year'); // 248056
 * INTRO_STIPEND_RATE('introduksjonsloven', '1984-03-10', '2024-06', 'måned'); // 20671.33
 * INTRO_STIPEND_RATE('introduksjonsloven', '1984-03-10', '2024-06', 'hour'); // 134.08
 * ```
 */
export function INTRO_STIPEND_RATE(
  regime: SheetInput,
  birthDate: SheetInput,
  month: SheetInput,
  unit: SheetInput,
  livesWithParent?: SheetInput,
): SheetResult {
  return sheetCall(LABELS, () => {
    const which = sheetChoice(unit, 'unit', UNITS);
    const r = stipendRates(
      {
        regime: sheetChoice(regime, 'regime', SHEET_REGIMES),
        birthDate: sheetDate(birthDate, 'birthDate'),
        month: sheetMonth(month, 'month'),
        livesWithParent: sheetOptionalBoolean(livesWithParent, 'livesWithParent', false),
      },
      { explain: false },
    );
    return moneyToSheetNumber(r.value[which]);
  });
}
