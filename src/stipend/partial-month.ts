/**
 * A month the programme starts or ends inside: the stipend is the daily rate (1/30 of the month, the
 * Act's divisor) times the calendar days in the programme that month, never more than the full month.
 * The Introduction Act § 9 and the ministry's letter of 16 December 2004 fix the day as 1/30 of the month
 * and forbid other bases (such as counted working days); counting calendar days is the reading that follows
 * it. So a programme starting on the 2nd of a 31-day month gives 30/30 = the full month, and one starting
 * on 15 February 2024 gives 15/30 (documented in docs/open-questions.md).
 * @module
 */
import { daysBetween, type IsoDate } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { daysInMonth, firstDayOfMonth, lastDayOfMonth, type IsoMonth } from '../core/month.js';
import { Rational } from '../core/rational.js';

/** Calendar days of the month inside the programme, and the share of the month amount they earn. */
export interface ProgrammeDays {
  readonly days: number;
  readonly daysInMonth: number;
  /** True when the programme covers the whole month. */
  readonly full: boolean;
  /** The share of the month amount: 1 for a full month, otherwise min(days, dayDivisor) / dayDivisor. */
  readonly share: Rational;
}

/**
 * The days in the programme in a month; refuses a month outside the programme (path `month`) and an end
 * before the start (path `programme.end`). @internal
 */
export function programmeDays(month: IsoMonth, start: IsoDate, end: IsoDate | undefined, dayDivisor: number): ProgrammeDays {
  if (end !== undefined && end < start) {
    throw inputError('end_before_start', ['programme', 'end'], {
      nb: `programmet slutter (${end}) før det starter (${start})`,
      en: `the programme ends (${end}) before it starts (${start})`,
    });
  }
  const first = firstDayOfMonth(month);
  const last = lastDayOfMonth(month);
  if (start > last || (end !== undefined && end < first)) {
    throw inputError('month_outside_programme', ['month'], {
      nb: `måneden ${month} er utenfor programperioden ${start}–${end ?? ''}`,
      en: `the month ${month} is outside the programme period ${start}–${end ?? ''}`,
    });
  }
  const from = start > first ? start : first;
  const to = end !== undefined && end < last ? end : last;
  const days = daysBetween(from, to) + 1;
  const dim = daysInMonth(month);
  const full = days === dim;
  return { days, daysInMonth: dim, full, share: full ? Rational.ONE : Rational.of(Math.min(days, dayDivisor), dayDivisor) };
}
