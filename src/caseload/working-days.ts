/**
 * Working days for follow-up talks: Monday to Friday, except a public holiday (see `public-holidays-in-year.ts`). The
 * shift rule every schedule uses: a talk planned on a non-working day moves to the next working day.
 * @module
 */
import { LATEST_YEAR, addDaysToDate, daysBetween, isoDateSchema, type IsoDate } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import { FIRST_HOLIDAY_YEAR } from './easter-sunday.js';
import { holidaysOf, type PublicHoliday } from './public-holidays-in-year.js';

/** The last year working days are computed for (a shift may run into the next year, which must exist). */
export const LAST_WORKING_DAY_YEAR = LATEST_YEAR - 1;

/** 1 January 1900 was a Monday: the anchor for the day of the week. */
const A_MONDAY = '1900-01-01';

/** Day of the week, 1 = Monday … 7 = Sunday (ISO 8601). @internal */
export function isoWeekday(date: IsoDate): number {
  return (((daysBetween(A_MONDAY, date) % 7) + 7) % 7) + 1;
}

/** The holiday on a date (date already checked), if any. @internal */
export function holidayOn(date: IsoDate): PublicHoliday | undefined {
  const monthDay = date.slice(5);
  const movable = monthDay >= '03-19' && monthDay <= '06-14'; // Maundy Thursday (≥ 19 Mar) to Whit Monday (≤ 14 Jun)
  if (!movable && !FIXED_DAYS.has(monthDay)) return undefined;
  return holidaysOf(Number(date.slice(0, 4))).find((h) => h.date === date);
}

/** The fixed-date holidays (month-day): 1 Jan, 1 and 17 May, 25 and 26 Dec. */
const FIXED_DAYS = /* @__PURE__ */ new Set(['01-01', '05-01', '05-17', '12-25', '12-26']);

/** True for a Monday–Friday that is not a public holiday (date already checked). @internal */
export function isWorkingDayUnchecked(date: IsoDate): boolean {
  return isoWeekday(date) <= 5 && holidayOn(date) === undefined;
}

function checked(date: unknown): IsoDate {
  const d = parseInput(isoDateSchema, date);
  if (Number(d.slice(0, 4)) < FIRST_HOLIDAY_YEAR) {
    throw inputError('too_small', [], {
      nb: `Helligdager beregnes fra ${FIRST_HOLIDAY_YEAR} (lov om helligdager og helligdagsfred av 1995); ${d} er for tidlig`,
      en: `Public holidays are computed from ${FIRST_HOLIDAY_YEAR} (the Public Holidays Act of 1995); ${d} is too early`,
    });
  }
  if (Number(d.slice(0, 4)) > LAST_WORKING_DAY_YEAR) {
    throw inputError('too_big', [], {
      nb: `Arbeidsdager beregnes til og med ${LAST_WORKING_DAY_YEAR}; ${d} er for sent`,
      en: `Working days are computed up to ${LAST_WORKING_DAY_YEAR}; ${d} is too late`,
    });
  }
  return d;
}

/**
 * True if the date is a Norwegian public holiday (a Sunday that is not one of the named days is not).
 *
 * @example
 * ```ts
 * import { isPublicHoliday } from 'integreringsregler';
 * isPublicHoliday('2024-05-17'); // true
 * isPublicHoliday('2025-04-17'); // true
 * isPublicHoliday('2024-12-24'); // false
 * ```
 */
export function isPublicHoliday(date: IsoDate): boolean {
  return holidayOn(checked(date)) !== undefined;
}

/**
 * True for a working day: Monday to Friday and not a public holiday.
 *
 * @example
 * ```ts
 * import { isWorkingDay } from 'integreringsregler';
 * isWorkingDay('2024-03-28'); // false (Maundy Thursday)
 * isWorkingDay('2024-04-02'); // true
 * isWorkingDay('2024-06-08'); // false (a Saturday)
 * ```
 */
export function isWorkingDay(date: IsoDate): boolean {
  return isWorkingDayUnchecked(checked(date));
}

/** The first working day on or after a date (date already checked). @internal */
export function nextWorkingDayFrom(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDayUnchecked(d)) d = addDaysToDate(d, 1);
  return d;
}

/** The last working day on or before a date (date already checked). @internal */
export function previousWorkingDayFrom(date: IsoDate): IsoDate {
  let d = date;
  while (!isWorkingDayUnchecked(d)) d = addDaysToDate(d, -1);
  return d;
}

/**
 * The first working day on or after a date: the day a talk planned on a weekend or holiday moves to.
 *
 * @example
 * ```ts
 * import { nextWorkingDay } from 'integreringsregler';
 * nextWorkingDay('2024-03-28'); // '2024-04-02' (Maundy Thursday to the Tuesday after Easter)
 * nextWorkingDay('2024-05-17'); // '2024-05-21' (17 May, the weekend, Whit Monday)
 * nextWorkingDay('2024-05-22'); // '2024-05-22'
 * ```
 */
export function nextWorkingDay(date: IsoDate): IsoDate {
  return nextWorkingDayFrom(checked(date));
}
