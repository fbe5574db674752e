/**
 * Easter Sunday (første påskedag) in the Gregorian calendar, which fixes every movable Norwegian public
 * holiday. The Public Holidays Act § 2 (e) defines it as the first Sunday after the first full moon on or
 * after 21 March (the ecclesiastical moon); the computus below is the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher), exact for every Gregorian year.
 * @module
 */
import * as z from 'zod';
import { LATEST_YEAR, formatIsoDate, type IsoDate } from '../core/date.js';
import { parseInput } from '../core/validate.js';

/**
 * The first year the holiday rules are given for: the Public Holidays Act of 24 February 1995 (the Act on
 * 1 and 17 May dates from 1947). Earlier years are outside the library's scope.
 */
export const FIRST_HOLIDAY_YEAR = 1995;

/** Input naming a year, e.g. `{ year: 2024 }`. */
export const holidayYearInputSchema = /* @__PURE__ */ z.strictObject({
  /** A calendar year from 1995 to 2199. */
  year: z.int().min(FIRST_HOLIDAY_YEAR).max(LATEST_YEAR),
});

/** Input to {@link easterSunday} and {@link publicHolidaysInYear}, as callers write it. */
export type HolidayYearInput = z.input<typeof holidayYearInputSchema>;

/** The computus on a year already checked. @internal */
export function easterSundayOf(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return formatIsoDate({ year, month: Math.floor(n / 31), day: (n % 31) + 1 });
}

/**
 * Easter Sunday of a year.
 * @throws InputError when the year is not a whole number from 1995 to 2199.
 *
 * @example
 * ```ts
 * import { easterSunday } from 'integreringsregler';
 * easterSunday({ year: 2024 }); // '2024-03-31'
 * easterSunday({ year: 2025 }); // '2025-04-20'
 * ```
 */
export function easterSunday(input: HolidayYearInput): IsoDate {
  const { year } = parseInput(holidayYearInputSchema, input);
  return easterSundayOf(year);
}
