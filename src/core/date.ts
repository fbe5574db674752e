/**
 * Calendar dates as ISO strings (`2024-05-31`): the only date type the rules see.
 *
 * A rule about the introduction programme speaks of calendar days in Norway, never of instants, so the
 * library carries plain `YYYY-MM-DD` strings. Arithmetic is done on whole day numbers (days since
 * 1970-01-01 in the proleptic Gregorian calendar), never on a `Date`, so no host time zone or
 * daylight-saving change can move a calendar day. Converting an instant to a Norwegian calendar date
 * happens in one place only: {@link osloDateOf}.
 *
 * Month-end policy, used everywhere a period is counted in months: adding months keeps the day of the
 * month, and where the target month is shorter it clamps to the target month's last day
 * (31 January + 1 month = 28 or 29 February). See {@link addMonthsToDate}.
 * @module
 */
import * as z from 'zod';
import { localizedIssue } from './validate.js';

/** A calendar date written `YYYY-MM-DD` (ISO 8601), e.g. `2024-05-31`. */
export type IsoDate = string;

/** The oldest and newest years the library accepts; anything outside is a typing error, not a case. */
export const EARLIEST_YEAR = 1900;
/** @see EARLIEST_YEAR */
export const LATEST_YEAR = 2199;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a calendar date; month is 1–12. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Gregorian calendar: a leap year is divisible by 4, except centuries not divisible by 400. */
function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? Number.NaN;
}

/**
 * Reads `YYYY-MM-DD` into its parts, or returns `undefined` if it is not a real calendar date.
 *
 * @example
 * ```ts
 * import { tryParseIsoDate } from 'integreringsregler';
 * tryParseIsoDate('2024-02-29'); // { year: 2024, month: 2, day: 29 }
 * tryParseIsoDate('2023-02-29'); // undefined
 * ```
 */
export function tryParseIsoDate(text: string): DateParts | undefined {
  const m = ISO_DATE.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return undefined;
  if (month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Zod schema for a calendar date `YYYY-MM-DD`; rejects impossible dates such as `2023-02-29`.
 *
 * @example
 * ```ts
 * import { isoDateSchema } from 'integreringsregler';
 * isoDateSchema.parse('2024-02-29'); // '2024-02-29'
 * isoDateSchema.safeParse('2023-02-29').success; // false
 * ```
 */
export const isoDateSchema = /* @__PURE__ */ z.string().superRefine((value, ctx) => {
  if (tryParseIsoDate(value) === undefined) {
    ctx.addIssue(
      localizedIssue('invalid_date', {
        nb: `«${value}» er ikke en gyldig dato på formen ÅÅÅÅ-MM-DD (år ${EARLIEST_YEAR}–${LATEST_YEAR})`,
        en: `"${value}" is not a valid date in the form YYYY-MM-DD (years ${EARLIEST_YEAR}–${LATEST_YEAR})`,
      }),
    );
  }
});

function parts(date: IsoDate): DateParts {
  const p = tryParseIsoDate(date);
  if (p === undefined) throw new RangeError(`Not an ISO calendar date: ${date}`);
  return p;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * Writes date parts as `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { formatIsoDate } from 'integreringsregler';
 * formatIsoDate({ year: 2024, month: 5, day: 1 }); // '2024-05-01'
 * ```
 */
export function formatIsoDate(p: DateParts): IsoDate {
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
}

/**
 * Days since 1970-01-01 of a Gregorian date (negative before it). Counts whole 400-year eras of
 * 146 097 days from 1 March 0000, so leap days fall at the end of each computed year.
 */
function dayNumber(p: DateParts): number {
  const y = p.month <= 2 ? p.year - 1 : p.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (p.month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + p.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The Gregorian date of a day number (the inverse of {@link dayNumber}). */
function fromDayNumber(n: number): DateParts {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Adds (or with a negative number subtracts) whole calendar days.
 *
 * @example
 * ```ts
 * import { addDaysToDate } from 'integreringsregler';
 * addDaysToDate('2024-02-28', 2); // '2024-03-01'
 * ```
 */
export function addDaysToDate(date: IsoDate, days: number): IsoDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`addDaysToDate: ${days} is not a whole number of days`);
  return formatIsoDate(fromDayNumber(dayNumber(parts(date)) + days));
}

/**
 * Adds whole months, clamping to the last day of a shorter target month — the library's one month-end
 * rule.
 *
 * @example
 * ```ts
 * import { addMonthsToDate } from 'integreringsregler';
 * addMonthsToDate('2024-01-31', 1); // '2024-02-29'
 * addMonthsToDate('2023-01-31', 1); // '2023-02-28'
 * addMonthsToDate('2024-03-31', -1); // '2024-02-29'
 * ```
 */
export function addMonthsToDate(date: IsoDate, months: number): IsoDate {
  if (!Number.isSafeInteger(months)) throw new RangeError(`addMonthsToDate: ${months} is not a whole number of months`);
  const p = parts(date);
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return formatIsoDate({ year, month, day: Math.min(p.day, daysIn(year, month)) });
}

/**
 * Whole calendar days from `earlier` to `later` (negative if `later` comes first).
 *
 * @example
 * ```ts
 * import { daysBetween } from 'integreringsregler';
 * daysBetween('2024-02-01', '2024-03-01'); // 29
 * ```
 */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return dayNumber(parts(later)) - dayNumber(parts(earlier));
}

/**
 * Compares two dates: negative if `a` is earlier, 0 if equal, positive if later. ISO strings compare
 * correctly as text, so this is also a sort comparator.
 *
 * @example
 * ```ts
 * import { compareDates } from 'integreringsregler';
 * ['2024-05-01', '2023-12-31'].sort(compareDates); // ['2023-12-31', '2024-05-01']
 * ```
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The parts of a valid ISO date (throws `RangeError` on text that is not one).
 *
 * @example
 * ```ts
 * import { dateParts } from 'integreringsregler';
 * dateParts('2024-05-17').day; // 17
 * ```
 */
export function dateParts(date: IsoDate): DateParts {
  return parts(date);
}

/**
 * Number of days in the given month (1–12) of a year.
 *
 * @example
 * ```ts
 * import { daysInMonthOf } from 'integreringsregler';
 * daysInMonthOf(2024, 2); // 29
 * ```
 */
export function daysInMonthOf(year: number, month: number): number {
  return daysIn(year, month);
}

/**
 * Age in whole years on a date (the birthday itself counts: a person born 2000-05-01 is 24 on 2024-05-01).
 * A person born 29 February turns a year older on 1 March in common years.
 *
 * @example
 * ```ts
 * import { ageOn } from 'integreringsregler';
 * ageOn('2000-05-01', '2024-04-30'); // 23
 * ageOn('2000-05-01', '2024-05-01'); // 24
 * ```
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const b = parts(birthDate);
  const d = parts(date);
  let age = d.year - b.year;
  if (d.month < b.month || (d.month === b.month && d.day < b.day)) age -= 1;
  return age;
}

/** The Gregorian calendar in zone Europe/Oslo, from the host's time-zone database (Intl). */
const OSLO_CALENDAR = /* @__PURE__ */ new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Oslo',
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in Norway (zone Europe/Oslo) at an instant: the one place the library turns a moment
 * into a date. Use it at your system's edge, then pass the result to the rules.
 *
 * @example
 * ```ts
 * import { osloDateOf } from 'integreringsregler';
 * // 23:30 UTC on 30 April 2024 is already 1 May in Norway (UTC+2 in summer).
 * osloDateOf(new Date('2024-04-30T23:30:00Z')); // '2024-05-01'
 * osloDateOf(Date.UTC(2024, 0, 1, 22, 59)); // '2024-01-01'
 * ```
 */
export function osloDateOf(instant: Date | number): IsoDate {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('osloDateOf: the instant is not a finite time');
  let year = '';
  let month = '';
  let day = '';
  for (const part of OSLO_CALENDAR.formatToParts(ms)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  const iso = `${year}-${month}-${day}`;
  if (tryParseIsoDate(iso) === undefined) throw new RangeError('osloDateOf: the instant is outside the supported range');
  return iso;
}
