/**
 * Leave without stipend as the caller gives it, with its unit said: either a count of **calendar days** in
 * the month, or the leave's **dates**. The stipend's daily rate is 1/30 of the month per calendar day
 * (Introduction Act § 9; the ministry's letters of 2004 forbid other bases such as counted working days;
 * the same divisor under the Integration Act by practice), so a count of working days cannot be priced
 * as it is: 21 working days are a whole month, not 21/30 of one. Working days are therefore accepted only
 * with the leave's dates, which are what is counted; without dates they are refused.
 * @module
 */
import * as z from 'zod';
import { daysBetween, isoDateSchema, type IsoDate } from '../core/date.js';
import { Rational } from '../core/rational.js';
import { localizedIssue } from '../core/validate.js';
import { quantitySchema } from './quantity.js';

/** Leave given as calendar days in the month. */
export interface LeaveCalendarDays {
  readonly kind: 'calendarDays';
  readonly calendarDays: Rational;
}

/** Leave given as dates (both included); its calendar days in the month and the programme count. */
export interface LeaveDates {
  readonly kind: 'dates';
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The working days the caller counted in the leave, shown in the explanation (the dates decide the amount). */
  readonly workingDays?: Rational | undefined;
}

/** Leave without stipend, after validation. */
export type StipendLeave = LeaveCalendarDays | LeaveDates;

/**
 * Zod schema for leave without stipend in one month: `{ calendarDays }` (each day 1/30 of the month), or
 * `{ from, to }` — the leave's first and last day, both included, of which the calendar days in this month
 * and inside the programme count — optionally with the `workingDays` the caller counted in that period.
 * `workingDays` without dates is refused (`working_days_need_dates`): a count of working days does not say
 * how many calendar days it spans. Leave covering every programme day of the month takes the whole month's
 * amount.
 *
 * @example
 * ```ts
 * import { stipendLeaveSchema } from 'integreringsregler';
 * stipendLeaveSchema.parse({ calendarDays: 5 }).kind; // 'calendarDays'
 * stipendLeaveSchema.parse({ from: '2026-06-01', to: '2026-06-30', workingDays: 22 }).kind; // 'dates'
 * stipendLeaveSchema.safeParse({ workingDays: 21 }).success; // false
 * ```
 */
export const stipendLeaveSchema = /* @__PURE__ */ z
  .strictObject({
    /** Calendar days of leave in the month (at most two decimals). */
    calendarDays: quantitySchema.optional(),
    /** The leave's first day. */
    from: isoDateSchema.optional(),
    /** The leave's last day (included). */
    to: isoDateSchema.optional(),
    /** Working days in the leave, as the caller counted them: only with `from` and `to`, which decide the amount. */
    workingDays: quantitySchema.optional(),
  })
  .superRefine((l, ctx) => {
    const dates = l.from !== undefined || l.to !== undefined;
    if (l.calendarDays !== undefined && (dates || l.workingDays !== undefined)) {
      ctx.addIssue(
        localizedIssue('mixed_leave', {
          nb: 'oppgi enten kalenderdager (calendarDays) eller permisjonens datoer (from, to), ikke begge',
          en: 'give either calendar days (calendarDays) or the leave’s dates (from, to), not both',
        }),
      );
    } else if (l.workingDays !== undefined && !dates) {
      ctx.addIssue(
        localizedIssue(
          'working_days_need_dates',
          {
            nb: 'virkedager kan ikke regnes om til stønad uten datoene: dagsatsen er 1/30 av måneden per kalenderdag (introduksjonsloven § 9; integreringsloven § 20 etter praksis). Oppgi permisjonens første og siste dag (from, to) eller kalenderdagene (calendarDays)',
            en: 'working days cannot be priced without the dates: the daily rate is 1/30 of the month per calendar day (Introduction Act § 9; Integration Act § 20 by practice). Give the leave’s first and last day (from, to) or its calendar days (calendarDays)',
          },
          ['workingDays'],
        ),
      );
    } else if (dates && (l.from === undefined || l.to === undefined)) {
      ctx.addIssue(
        localizedIssue(
          'required',
          { nb: 'mangler: en periode trenger både from og to', en: 'is required: a range needs both from and to' },
          [l.from === undefined ? 'from' : 'to'],
        ),
      );
    } else if (l.from !== undefined && l.to !== undefined && l.from > l.to) {
      ctx.addIssue(
        localizedIssue(
          'range_reversed',
          { nb: `slutter (${l.to}) før den begynner (${l.from})`, en: `ends (${l.to}) before it starts (${l.from})` },
          ['to'],
        ),
      );
    } else if (
      l.from !== undefined &&
      l.to !== undefined &&
      l.workingDays !== undefined &&
      l.workingDays.compare(Rational.of(daysBetween(l.from, l.to) + 1)) > 0
    ) {
      const span = daysBetween(l.from, l.to) + 1;
      ctx.addIssue(
        localizedIssue(
          'exceeds_range',
          {
            nb: `flere virkedager enn de ${span} kalenderdagene ${l.from}–${l.to}`,
            en: `more working days than the ${span} calendar days ${l.from}–${l.to}`,
          },
          ['workingDays'],
        ),
      );
    } else if (l.calendarDays === undefined && !dates) {
      ctx.addIssue(
        localizedIssue('required', {
          nb: 'mangler: oppgi kalenderdager (calendarDays) eller datoer (from, to)',
          en: 'is required: give calendar days (calendarDays) or dates (from, to)',
        }),
      );
    }
  })
  .transform((l): StipendLeave =>
    l.from !== undefined && l.to !== undefined
      ? { kind: 'dates', from: l.from, to: l.to, ...(l.workingDays === undefined ? {} : { workingDays: l.workingDays }) }
      : { kind: 'calendarDays', calendarDays: l.calendarDays as Rational },
  );

/** Leave, as callers write it. */
export type StipendLeaveInput = z.input<typeof stipendLeaveSchema>;
