/**
 * Reading one spreadsheet cell as an input of a rule. A cell arrives as a number, a text, a boolean or
 * empty (`undefined`, `null` or `''`, depending on the host); each reader turns it into the form the
 * library's schemas accept or throws the library's `InputError`, whose path is the spreadsheet argument.
 * @module
 */
import { isoDateSchema, type IsoDate } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { fromZodError } from '../core/validate.js';
import { serialToIsoDate } from './serial-date.js';

/** What a spreadsheet host may pass for one argument. */
export type SheetInput = string | number | boolean | null | undefined;

/**
 * True for an empty cell or an omitted optional argument (hosts pass `undefined`, `null` or `''`).
 *
 * @example
 * ```ts
 * import { isEmptyCell } from 'integreringsregler/spreadsheet';
 * isEmptyCell(''); // true
 * isEmptyCell(0); // false
 * ```
 */
export function isEmptyCell(value: unknown): value is null | undefined | '' {
  return value === undefined || value === null || value === '';
}

function describeDateProblem(value: unknown): { nb: string; en: string } {
  if (typeof value === 'number') {
    return {
      nb: `${value} er ikke et datoserienummer (1900-systemet: et tall fra 1, der 60 er den ikke-eksisterende 29. februar 1900)`,
      en: `${value} is not a date serial number (1900 system: a number from 1, where 60 is the non-existent 29 February 1900)`,
    };
  }
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return {
      nb: 'et Date-objekt har ingen entydig kalenderdato uten tidssone; send datoen som tekst ÅÅÅÅ-MM-DD eller som serienummer',
      en: 'a Date object has no calendar date without a time zone; pass the date as text YYYY-MM-DD or as a serial number',
    };
  }
  return { nb: 'må være en dato (tekst ÅÅÅÅ-MM-DD eller datoserienummer)', en: 'must be a date (text YYYY-MM-DD or a date serial number)' };
}

/**
 * A date argument: ISO text (`2024-05-01`) or a serial number in the 1900 date system (`45413`). A
 * fractional serial is a date and a time of day; the time is dropped, as the spreadsheet's own `INT` does.
 * @throws InputError naming `argument` when the cell is empty or not such a date.
 *
 * @example
 * ```ts
 * import { sheetDate } from 'integreringsregler/spreadsheet';
 * sheetDate('2024-05-01', 'date'); // '2024-05-01'
 * sheetDate(45413, 'date'); // '2024-05-01'
 * sheetDate(45413.75, 'date'); // '2024-05-01'
 * ```
 */
export function sheetDate(value: unknown, argument: string): IsoDate {
  if (isEmptyCell(value)) {
    throw inputError('required', [argument], { nb: 'mangler (skal være en dato)', en: 'is required (a date)' });
  }
  if (typeof value === 'string') {
    const parsed = isoDateSchema.safeParse(value.trim());
    if (!parsed.success) throw fromZodError(parsed.error, [argument]);
    return parsed.data;
  }
  const iso = typeof value === 'number' && Number.isFinite(value) ? serialToIsoDate(Math.floor(value)) : undefined;
  if (iso === undefined) throw inputError('invalid_date', [argument], describeDateProblem(value));
  const parsed = isoDateSchema.safeParse(iso);
  if (!parsed.success) throw fromZodError(parsed.error, [argument]);
  return parsed.data;
}

/**
 * An optional date argument: `undefined` for an empty cell or an omitted argument, otherwise as
 * {@link sheetDate}.
 *
 * @example
 * ```ts
 * import { sheetOptionalDate } from 'integreringsregler/spreadsheet';
 * sheetOptionalDate(null, 'asKnownOn'); // undefined
 * sheetOptionalDate('2024-05-15', 'asKnownOn'); // '2024-05-15'
 * ```
 */
export function sheetOptionalDate(value: unknown, argument: string): IsoDate | undefined {
  return isEmptyCell(value) ? undefined : sheetDate(value, argument);
}
