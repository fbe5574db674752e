/**
 * Readers for the other kinds of spreadsheet argument the rules take — a month, a whole number, a text
 * choice, an amount — each turning one cell into what the rule's schema accepts, or throwing the
 * library's `InputError` with the argument as its path. Dates are in sheet-input.ts.
 * @module
 */
import type { z } from 'zod';
import { inputError } from '../core/errors.js';
import { moneySchema } from '../core/money.js';
import { formatIsoMonth, isoMonthSchema, type IsoMonth } from '../core/month.js';
import { fromZodError } from '../core/validate.js';
import { isEmptyCell, sheetDate } from './sheet-input.js';

function parseAt<S extends z.ZodType>(schema: S, value: unknown, argument: string): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw fromZodError(r.error, [argument]);
  return r.data;
}

function required(value: unknown, argument: string, what: { nb: string; en: string }): void {
  if (isEmptyCell(value))
    throw inputError('required', [argument], { nb: `mangler (skal være ${what.nb})`, en: `is required (${what.en})` });
}

/**
 * A month argument: text `YYYY-MM`, or any date in the month (ISO text `YYYY-MM-DD` or a serial number,
 * so a date cell works).
 *
 * @example
 * ```ts
 * import { sheetMonth } from 'integreringsregler/spreadsheet';
 * sheetMonth('2024-05', 'month'); // '2024-05'
 * sheetMonth('2024-05-17', 'month'); // '2024-05'
 * sheetMonth(45413, 'month'); // '2024-05'
 * ```
 */
export function sheetMonth(value: unknown, argument: string): IsoMonth {
  required(value, argument, { nb: 'en måned', en: 'a month' });
  if (typeof value === 'string' && /^\s*\d{4}-\d{2}\s*$/.test(value)) return parseAt(isoMonthSchema, value.trim(), argument);
  const date = sheetDate(value, argument);
  return formatIsoMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}

/**
 * A whole-number argument (a count, a year, a year number). A number with a fraction is refused, not cut.
 *
 * @example
 * ```ts
 * import { sheetInteger } from 'integreringsregler/spreadsheet';
 * sheetInteger(3, 'yearNo'); // 3
 * sheetInteger(' 12 ', 'participants'); // 12
 * ```
 */
export function sheetInteger(value: unknown, argument: string): number {
  required(value, argument, { nb: 'et heltall', en: 'a whole number' });
  const n = typeof value === 'string' && /^\s*-?\d{1,15}\s*$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw inputError('invalid_type', [argument], {
      nb: `${String(value)} er ikke et heltall`,
      en: `${String(value)} is not a whole number`,
    });
  }
  return n;
}

/**
 * A text argument (e.g. a category code), trimmed; the rule's own schema decides which texts are allowed.
 *
 * @example
 * ```ts
 * import { sheetText } from 'integreringsregler/spreadsheet';
 * sheetText(' adult ', 'category'); // 'adult'
 * ```
 */
export function sheetText(value: unknown, argument: string): string {
  required(value, argument, { nb: 'en tekst', en: 'a text' });
  if (typeof value !== 'string') {
    throw inputError('invalid_type', [argument], { nb: `${String(value)} er ikke en tekst`, en: `${String(value)} is not a text` });
  }
  return value.trim();
}

/**
 * An amount argument in kroner, as the library's money schema reads it: a number or text with at most
 * two decimals. A cell holding a computed float such as 0.1 + 0.2 is refused (wrap it in `ROUND(…; 2)`),
 * never silently rounded. Returned as decimal text, the form rule inputs take.
 *
 * @example
 * ```ts
 * import { sheetMoney } from 'integreringsregler/spreadsheet';
 * sheetMoney(1234.5, 'income'); // '1234.5'
 * sheetMoney('20671.33', 'income'); // '20671.33'
 * ```
 */
export function sheetMoney(value: unknown, argument: string): string {
  required(value, argument, { nb: 'et beløp', en: 'an amount' });
  return parseAt(moneySchema, value, argument).toFixed();
}
