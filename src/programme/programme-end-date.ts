/**
 * The last day of an introduction programme: start date + granted length + extension (and, for an
 * Introduction Act programme started up to 31 March 2020, an extension under the temporary covid-19
 * rules), moved by leave that does not count as programme time, and cut short by a permanent stop
 * (Introduction Act § 5; midlertidig lov 26. mai 2020 nr. 53 § 2 and FOR-2022-01-24-111; Integration Act
 * §§ 13–14, 17–18; integreringsforskriften §§ 10, 19 and 75–76).
 *
 * Calendar rule: a period of N months from D ends on `addMonthsToDate(D, N)` minus one day; all months
 * (granted, extension, leave given in months) are added first, then all days (leave given as dates
 * counts its calendar days), then one day is taken off.
 * @module
 */
import type { z } from 'zod';
import type { IsoDate } from '../core/date.js';
import { EMPTY_EXPLANATION, type Explained } from '../core/explanation.js';
import { parseInput } from '../core/validate.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveProgrammeOptions } from './options.js';
import type { LeaveTotalResult } from './leave-effect.js';
import { computeSchedule, programmeScheduleSchema } from './schedule.js';

/** Input to {@link programmeEndDate}. */
export const programmeEndDateInputSchema = programmeScheduleSchema;
/** Input to {@link programmeEndDate}, as callers write it. */
export type ProgrammeEndDateInput = z.input<typeof programmeEndDateInputSchema>;

/** The result of {@link programmeEndDate}. */
export interface ProgrammeEndDateResult {
  /** The last programme day. */
  readonly lastDay: IsoDate;
  /** The last day of granted length plus extension (ordinary and covid-19), before leave and a stop. */
  readonly plannedLastDay: IsoDate;
  /** Whether leave moved the end date, and by how much. */
  readonly leaveMovedEndDate: boolean;
  readonly leaveAdded: { readonly months: number; readonly days: number };
  /**
   * Each total the leave rule counted, per wording in force on the days of the leave: under the
   * Introduction Act § 5 (leave, day for day); under the Integration Act § 10 (absence) and § 19 (time off
   * and leave), each with its working days where it has a ten-working-day threshold (from 2026).
   */
  readonly leaveTotals: readonly LeaveTotalResult[];
  /** Whether a permanent stop ended the programme early. */
  readonly stopped: boolean;
}

/**
 * The last day of a programme.
 * @throws InputError naming the field when the granted length or an extension is above the legal maximum
 * (the message names the limit and its source, and points to `covidExtension` where the temporary
 * covid-19 rules covered the programme), when a covid-19 extension is given for a programme no such rule
 * covered, when an extension's condition is not asserted, or when leave lies outside the programme.
 *
 * @example
 * ```ts
 * import { programmeEndDate } from 'integreringsregler';
 * // Case P1: 2020-03-01 + 24 months + 6 months' leave = 2022-09-01, less one day.
 * const p1 = { regime: 'introduksjonsloven', startDate: '2020-03-01', granted: { months: 24 }, leave: [{ kind: 'leave', months: 6 }] } as const;
 * programmeEndDate(p1).value.lastDay; // '2022-08-31'
 * // Case P2: the same with a 1-year extension: 2020-03-01 + 42 months = 2023-09-01, less one day.
 * programmeEndDate({ ...p1, extension: { months: 12 }, extensionConditionMet: true }).value.lastDay; // '2023-08-31'
 * // Integration Act 2026: absence Mon 2 – Fri 13 March 2026 is 12 days less Sunday 8 March = 11 working
 * // days, more than ten (§ 10), so its 12 days are added: 2026-02-02 + 24 months + 12 days − 1 day.
 * const wq = { regime: 'integreringsloven', startDate: '2026-02-02', priorEducation: 'withoutUpperSecondary', endGoal: 'workQualifying', granted: { months: 24 } } as const;
 * const r = programmeEndDate({ ...wq, leave: [{ kind: 'absence', from: '2026-03-02', to: '2026-03-13' }] }).value;
 * r.lastDay; // '2028-02-13'
 * r.leaveTotals.map((t) => `${t.section}: ${t.workingDays}`); // ['§ 10: 11', '§ 19: 0']
 * // Started 2020-03-01, so covered by the covid-19 rule for starts 1 January–31 March 2020 (up to 4 months):
 * // 24 + 12 + 4 = 40 months: 2020-03-01 + 40 months = 2023-07-01, less one day.
 * const covid = { regime: 'introduksjonsloven', startDate: '2020-03-01', granted: { months: 24 }, extension: { months: 12 }, extensionConditionMet: true, covidExtension: { months: 4 }, covidExtensionConditionMet: true } as const;
 * programmeEndDate(covid).value.lastDay; // '2023-06-30'
 * ```
 */
export function programmeEndDate(input: ProgrammeEndDateInput, options?: RuleOptions): Explained<ProgrammeEndDateResult> {
  const s = parseInput(programmeEndDateInputSchema, input);
  const resolved = resolveProgrammeOptions(options);
  const c = computeSchedule(s, resolved);
  const value: ProgrammeEndDateResult = {
    lastDay: c.lastDay,
    plannedLastDay: c.plannedLastDay,
    leaveMovedEndDate: c.leave.moved,
    leaveAdded: { months: c.leave.addedMonths, days: c.leave.addedDays },
    leaveTotals: c.leave.totals,
    stopped: c.stopped,
  };
  return { value, explanation: resolved.explain ? { steps: c.steps } : EMPTY_EXPLANATION };
}
