/**
 * Calendar months as ISO strings (`2024-05`): the unit the stipend is paid in and budgets are kept in.
 * @module
 */
import * as z from 'zod';
import { EARLIEST_YEAR, LATEST_YEAR, daysInMonthOf, formatIsoDate, type IsoDate } from './date.js';
import { localizedIssue } from './validate.js';

/** A calendar month written `YYYY-MM`, e.g. `2024-05`. */
export type IsoMonth = string;

const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * Reads `YYYY-MM` into year and month (1–12), or `undefined` if it is not a real month.
 *
 * @example
 * ```ts
 * import { tryParseIsoMonth } from 'integreringsregler';
 * tryParseIsoMonth('2024-05'); // { year: 2024, month: 5 }
 * tryParseIsoMonth('2024-5'); // undefined
 * ```
 */
export function tryParseIsoMonth(text: string): { year: number; month: number } | undefined {
  const m = ISO_MONTH.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12) return undefined;
  return { year, month };
}

/**
 * Zod schema for a calendar month `YYYY-MM`.
 *
 * @example
 * ```ts
 * import { isoMonthSchema } from 'integreringsregler';
 * isoMonthSchema.parse('2024-05'); // '2024-05'
 * isoMonthSchema.safeParse('2024-13').success; // false
 * ```
 */
export const isoMonthSchema = /* @__PURE__ */ z.string().superRefine((value, ctx) => {
  if (tryParseIsoMonth(value) === undefined) {
    ctx.addIssue(
      localizedIssue('invalid_month', {
        nb: `«${value}» er ikke en gyldig måned på formen ÅÅÅÅ-MM`,
        en: `"${value}" is not a valid month in the form YYYY-MM`,
      }),
    );
  }
});

function monthParts(month: IsoMonth): { year: number; month: number } {
  const p = tryParseIsoMonth(month);
  if (p === undefined) throw new RangeError(`Not an ISO month: ${month}`);
  return p;
}

/**
 * Writes a year and month (1–12) as `YYYY-MM`.
 *
 * @example
 * ```ts
 * import { formatIsoMonth } from 'integreringsregler';
 * formatIsoMonth(2024, 5); // '2024-05'
 * ```
 */
export function formatIsoMonth(year: number, month: number): IsoMonth {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * The month a date falls in.
 *
 * @example
 * ```ts
 * import { monthOf } from 'integreringsregler';
 * monthOf('2024-05-31'); // '2024-05'
 * ```
 */
export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

/**
 * The first day of a month.
 *
 * @example
 * ```ts
 * import { firstDayOfMonth } from 'integreringsregler';
 * firstDayOfMonth('2024-02'); // '2024-02-01'
 * ```
 */
export function firstDayOfMonth(month: IsoMonth): IsoDate {
  const p = monthParts(month);
  return formatIsoDate({ year: p.year, month: p.month, day: 1 });
}

/**
 * The last day of a month.
 *
 * @example
 * ```ts
 * import { lastDayOfMonth } from 'integreringsregler';
 * lastDayOfMonth('2024-02'); // '2024-02-29'
 * ```
 */
export function lastDayOfMonth(month: IsoMonth): IsoDate {
  const p = monthParts(month);
  return formatIsoDate({ year: p.year, month: p.month, day: daysInMonthOf(p.year, p.month) });
}

/**
 * Number of calendar days in a month.
 *
 * @example
 * ```ts
 * import { daysInMonth } from 'integreringsregler';
 * daysInMonth('2023-02'); // 28
 * ```
 */
export function daysInMonth(month: IsoMonth): number {
  const p = monthParts(month);
  return daysInMonthOf(p.year, p.month);
}

/**
 * Adds whole months to a month.
 *
 * @example
 * ```ts
 * import { addMonthsToMonth } from 'integreringsregler';
 * addMonthsToMonth('2024-11', 3); // '2025-02'
 * ```
 */
export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  const p = monthParts(month);
  const index = p.year * 12 + (p.month - 1) + months;
  return formatIsoMonth(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * Every month from `first` to `last`, both included (empty if `last` is before `first`).
 *
 * @example
 * ```ts
 * import { monthsFromTo } from 'integreringsregler';
 * monthsFromTo('2024-11', '2025-02'); // ['2024-11', '2024-12', '2025-01', '2025-02']
 * ```
 */
export function monthsFromTo(first: IsoMonth, last: IsoMonth): IsoMonth[] {
  const out: IsoMonth[] = [];
  for (let m = first; m <= last; m = addMonthsToMonth(m, 1)) out.push(m);
  return out;
}
