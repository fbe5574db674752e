/**
 * `INTRO_STIPEND_MONTH(regime; birth_date; month; …)`: the introduction stipend to pay for one
 * participant and one calendar month, as a spreadsheet function over {@link stipendForMonth}
 * (Introduction Act §§ 8–12, Integration Act §§ 20–23).
 * @module
 */
import { firstDayOfMonth } from '../core/month.js';
import type { StipendRegime } from '../stipend/index.js';
import { stipendForMonth } from '../stipend/index.js';
import { sheetOptionalDate, sheetDate, type SheetInput } from './sheet-input.js';
import { renamePaths, sheetChoice, sheetOptionalBoolean, sheetOptionalQuantity } from './sheet-options.js';
import { moneyToSheetNumber, sheetCall, type SheetResult } from './sheet-result.js';
import { sheetMonth } from './sheet-values.js';

/** The regimes by the names a sheet may use (the Acts' Norwegian short names, and English). @internal */
export const SHEET_REGIMES: Readonly<Record<string, StipendRegime>> = {
  introduksjonsloven: 'introduksjonsloven',
  integreringsloven: 'integreringsloven',
  introductionAct: 'introduksjonsloven',
  integrationAct: 'integreringsloven',
};

const LABELS = {
  regime: 'ordning',
  birthDate: 'fødselsdato',
  month: 'måned',
  livesWithParent: 'bor_med_forelder',
  unexcusedHours: 'ugyldig_fravær_timer',
  unexcusedDays: 'ugyldig_fravær_dager',
  programmeStart: 'programstart',
  programmeEnd: 'programslutt',
} as const;

/** The rule's field paths, by the spreadsheet argument they come from. */
const RENAMES = {
  'programme.start': 'programmeStart',
  'programme.end': 'programmeEnd',
  programme: 'programmeStart',
  'unexcusedAbsence.hours': 'unexcusedHours',
  'unexcusedAbsence.days': 'unexcusedDays',
  unexcusedAbsence: 'unexcusedHours',
} as const;

/**
 * The stipend to pay for a month, in kroner: the month's rate for the participant's age and household,
 * for the days in the programme, less unexcused absence. `programme_start` left out means the programme
 * ran the whole month; `programme_end` left out means it goes on. Returns a number, or `#VERDI! …` /
 * `#I/T …` text. For other deductions (leave, benefits, paid work) use `stipendForMonth` itself.
 *
 * @example
 * ```ts
 * import { INTRO_STIPEND_MONTH } from 'integreringsregler/spreadsheet';
 * // May 2024, age 40: 2 G ÷ 12 = 248 056 ÷ 12 = 20 671.33
 * INTRO_STIPEND_MONTH('introduksjonsloven', '1984-03-10', '2024-05'); // 20671.33
 * // June 2024, 7.5 hours unexcused: 20 671.33 − 7.5 × 248 056 ÷ 1850 (1 005.63) = 19 665.70
 * INTRO_STIPEND_MONTH('introduksjonsloven', '1984-03-10', '2024-06', false, 7.5); // 19665.7
 * INTRO_STIPEND_MONTH('introduksjonsloven', '1984-03-10', '2024-06', false, -1); // '#VERDI! ugyldig_fravær_timer: -1 er ikke et ikke-negativt antall med høyst to desimaler'
 * ```
 */
export function INTRO_STIPEND_MONTH(
  regime: SheetInput,
  birthDate: SheetInput,
  month: SheetInput,
  livesWithParent?: SheetInput,
  unexcusedHours?: SheetInput,
  unexcusedDays?: SheetInput,
  programmeStart?: SheetInput,
  programmeEnd?: SheetInput,
): SheetResult {
  return sheetCall(LABELS, () => {
    const m = sheetMonth(month, 'month');
    const hours = sheetOptionalQuantity(unexcusedHours, 'unexcusedHours');
    const days = sheetOptionalQuantity(unexcusedDays, 'unexcusedDays');
    const end = sheetOptionalDate(programmeEnd, 'programmeEnd');
    const input = {
      regime: sheetChoice(regime, 'regime', SHEET_REGIMES),
      birthDate: sheetDate(birthDate, 'birthDate'),
      month: m,
      livesWithParent: sheetOptionalBoolean(livesWithParent, 'livesWithParent', false),
      programme: {
        start: sheetOptionalDate(programmeStart, 'programmeStart') ?? firstDayOfMonth(m),
        ...(end === undefined ? {} : { end }),
      },
      ...(hours === undefined && days === undefined
        ? {}
        : { unexcusedAbsence: { ...(hours === undefined ? {} : { hours }), ...(days === undefined ? {} : { days }) } }),
    };
    const r = renamePaths(RENAMES, () => stipendForMonth(input, { explain: false }));
    return moneyToSheetNumber(r.value.payment);
  });
}
