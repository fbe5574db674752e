/**
 * `PROGRAMME_END(regime; start_date; granted_months; …)`: the last day of an introduction programme, as a
 * spreadsheet function over {@link programmeEndDate} (Introduction Act § 5; Integration Act §§ 13–14,
 * 17–18; integreringsforskriften §§ 10 and 19).
 * @module
 */
import {
  endGoalSchema,
  priorEducationSchema,
  programmeRegimeSchema,
  type EndGoal,
  type PriorEducation,
  type ProgrammeRegime,
} from '../programme/index.js';
import { programmeEndDate } from '../programme/index.js';
import { sheetDate, type SheetInput } from './sheet-input.js';
import { isEmptyCell } from './sheet-input.js';
import { renamePaths, sheetChoice, sheetOptionalInteger } from './sheet-options.js';
import { sheetCall, type SheetResult } from './sheet-result.js';
import { sheetInteger } from './sheet-values.js';

const LABELS = {
  regime: 'ordning',
  startDate: 'startdato',
  grantedMonths: 'innvilgede_måneder',
  extensionMonths: 'forlengelse_måneder',
  leaveDays: 'permisjonsdager',
  priorEducation: 'utdanning',
  endGoal: 'sluttmål',
  leaveWorkingDays: 'permisjon_virkedager',
} as const;

const RENAMES = {
  granted: 'grantedMonths',
  extension: 'extensionMonths',
  extensionConditionMet: 'extensionMonths',
  'leave.0.workingDays': 'leaveWorkingDays',
  'leave.0.firstDay': 'leaveDays',
  'leave.0.calendarDays': 'leaveDays',
  leave: 'leaveDays',
} as const;

const own = <T extends string>(values: readonly T[]): Record<string, T> => Object.fromEntries(values.map((v) => [v, v]));
const REGIMES: Readonly<Record<string, ProgrammeRegime>> = /* @__PURE__ */ own(programmeRegimeSchema.options);
const EDUCATION: Readonly<Record<string, PriorEducation>> = /* @__PURE__ */ own(priorEducationSchema.options);
const END_GOALS: Readonly<Record<string, EndGoal>> = /* @__PURE__ */ own(endGoalSchema.options);

/**
 * The last programme day as ISO text `YYYY-MM-DD`: start + granted months + extension months + approved
 * leave, less one day. An extension means the case worker has found its legal condition met. Leave is
 * a number of calendar days of approved leave (`leave_days`); under the Integration Act from 2026 it
 * counts only when the leave is more than ten working days (integreringsforskriften § 19), so give its
 * working days too (`leave_working_days`). A programme that spans 1 January 2026 needs its leave as
 * dates, which this function does not take: use `programmeEndDate`. Prior
 * education (`withUpperSecondary`/`withoutUpperSecondary`) and end goal (e.g. `fullUpperSecondary`) decide
 * the maximum length under the Integration Act. Turn the text into a date cell with
 * `=DATOVERDI(…)` / `=DATEVALUE(…)` and a date format.
 *
 * @example
 * ```ts
 * import { PROGRAMME_END } from 'integreringsregler/spreadsheet';
 * // 2020-03-01 + 24 months = 2022-03-01; + 184 days of leave (31+30+31+30+31+31) = 2022-09-01; − 1 day
 * PROGRAMME_END('introduksjonsloven', '2020-03-01', 24, '', 184); // '2022-08-31'
 * PROGRAMME_END('introduksjonsloven', '2020-03-01', 24, 12, 184); // '2023-08-31'
 * PROGRAMME_END('introduksjonsloven', '2020-03-01', 0); // '#VERDI! innvilgede_måneder: innvilget lengde må være mer enn null'
 * ```
 */
export function PROGRAMME_END(
  regime: SheetInput,
  startDate: SheetInput,
  grantedMonths: SheetInput,
  extensionMonths?: SheetInput,
  leaveDays?: SheetInput,
  priorEducation?: SheetInput,
  endGoal?: SheetInput,
  leaveWorkingDays?: SheetInput,
): SheetResult {
  return sheetCall(LABELS, () => {
    const r = sheetChoice(regime, 'regime', REGIMES);
    const extension = sheetOptionalInteger(extensionMonths, 'extensionMonths') ?? 0;
    const leave = sheetOptionalInteger(leaveDays, 'leaveDays') ?? 0;
    const working = sheetOptionalInteger(leaveWorkingDays, 'leaveWorkingDays');
    const input = {
      regime: r,
      startDate: sheetDate(startDate, 'startDate'),
      granted: { months: sheetInteger(grantedMonths, 'grantedMonths') },
      ...(extension === 0 ? {} : { extension: { months: extension }, extensionConditionMet: true }),
      ...(leave === 0
        ? {}
        : { leave: [{ kind: 'leave' as const, calendarDays: leave, ...(working === undefined ? {} : { workingDays: working }) }] }),
      ...(isEmptyCell(priorEducation) ? {} : { priorEducation: sheetChoice(priorEducation, 'priorEducation', EDUCATION) }),
      ...(isEmptyCell(endGoal) ? {} : { endGoal: sheetChoice(endGoal, 'endGoal', END_GOALS) }),
    };
    return renamePaths(RENAMES, () => programmeEndDate(input, { explain: false })).value.lastDay;
  });
}
