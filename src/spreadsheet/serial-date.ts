/**
 * Spreadsheet dates: the 1900 date system of Excel (and of Lotus 1-2-3 before it), in which a date is the
 * number of days since 31 December 1899 — serial 1 is 1900-01-01 — with one fictitious day: serial 60 is
 * "29 February 1900", which never existed (1900 was not a leap year; Lotus treated it as one and Excel kept
 * the error for compatibility). So serials 1–59 are one day off from a plain day count, serial 60 is no
 * date at all, and from serial 61 (1900-03-01) on a serial is simply the days since 1899-12-30.
 * Google Sheets numbers days from 1899-12-30 throughout, so Sheets and Excel agree from serial 61 on —
 * every date the library has rates for. Pure integer arithmetic; no `Date`, no time zone.
 * @module
 */
import { formatIsoDate, type IsoDate } from '../core/date.js';

/** Serial 60: Excel's fictitious 29 February 1900. */
export const FICTITIOUS_LEAP_DAY_SERIAL = 60;

/** The serial of 1970-01-01 in the 1900 date system (days from 1899-12-30 for serials from 61 on). */
const SERIAL_OF_1970_01_01 = 25_569;

/** Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's `civil_from_days`). */
function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The calendar date of a whole serial number in the 1900 date system, or `undefined` for serial 60 (the
 * fictitious 1900-02-29) and for anything that is not a whole number of at least 1. Years outside the
 * library's range are returned as they are; the caller validates the date.
 *
 * @example
 * ```ts
 * import { serialToIsoDate } from 'integreringsregler/spreadsheet';
 * serialToIsoDate(1); // '1900-01-01'
 * serialToIsoDate(59); // '1900-02-28'
 * serialToIsoDate(60); // undefined (Excel's 29 February 1900 never existed)
 * serialToIsoDate(61); // '1900-03-01'
 * serialToIsoDate(45413); // '2024-05-01'
 * ```
 */
export function serialToIsoDate(serial: number): IsoDate | undefined {
  if (!Number.isSafeInteger(serial) || serial < 1 || serial === FICTITIOUS_LEAP_DAY_SERIAL) return undefined;
  // Before the fictitious day the count is one day shorter than a plain count from 1899-12-30.
  const daysSince1970 = serial - SERIAL_OF_1970_01_01 + (serial < FICTITIOUS_LEAP_DAY_SERIAL ? 1 : 0);
  return formatIsoDate(civilFromDays(daysSince1970));
}
