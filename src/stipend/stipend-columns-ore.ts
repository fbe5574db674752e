/**
 * The stipend for very many participant-months given as numeric columns — the numbers-only road for callers
 * that hold their data in arrays (a national budget, a payroll system's own tables). Each participant-month
 * is a month index into a {@link StipendRateTable}, a rate code, and optionally the days in the programme that
 * month, unexcused absence and leave without stipend (in calendar days) in hundredths (7.5 hours is 750). It
 * pays exactly what
 * `stipendForMonth` and `stipendPaymentsOre` pay for the same facts (a property test holds them together),
 * in whole øre, rounded half-up line by line as they do; but no text is read per row, so a row costs a few
 * integer operations.
 *
 * Every value is still checked (a whole number within its range, absence within the month), and a bad one is
 * refused with an {@link InputError} naming the column and row (`hours.41`), never priced; so is a column the
 * function does not know (a misspelt or old name would otherwise be silently left out).
 *
 * Legal source: the same rules as `stipendForMonth` — introduksjonsloven §§ 8–10 and integreringsloven
 * §§ 20–21 (the month amount, a partial month by days at 1/30, the reduction for unexcused absence by hour
 * and day), integreringsforskriften §§ 11–16 (no stipend for leave without stipend).
 * @module
 */
import { inputError } from '../core/errors.js';
import { roundProvenRatioHalfUpToOre } from '../core/integer-ore.js';
import { RATES_PER_MONTH, type StipendRateTable } from './stipend-rate-table.js';

/** Numeric columns of participant-months; every given column has one entry per participant-month. */
export interface StipendColumns {
  /** The month's index in the table (`table.months.indexOf('2024-05')`). */
  readonly month: ArrayLike<number>;
  /** The rate code ({@link STIPEND_RATE_CODES}, from {@link stipendRateCode}). */
  readonly rate: ArrayLike<number>;
  /** Days in the programme that month (a start or end inside it); left out: the whole month. */
  readonly programmeDays?: ArrayLike<number> | undefined;
  /** Unexcused absence in hundredths of an hour (7.5 hours = 750). */
  readonly hours?: ArrayLike<number> | undefined;
  /** Unexcused absence in hundredths of a day. */
  readonly days?: ArrayLike<number> | undefined;
  /**
   * Leave without stipend in hundredths of a **calendar** day (each day 1/30 of the month; leave on every
   * programme day of the month takes the whole month). Working days must be turned into calendar days
   * through the leave's dates first.
   */
  readonly leaveCalendarDays?: ArrayLike<number> | undefined;
}

const NAMES = ['month', 'rate', 'programmeDays', 'hours', 'days', 'leaveCalendarDays'] as const;
const KNOWN: ReadonlySet<string> = /* @__PURE__ */ new Set(NAMES);

function refuse(column: string, i: number, value: unknown, what: { nb: string; en: string }): never {
  throw inputError('invalid_column_value', [column, i], {
    nb: `${column}[${i}] = ${String(value)}: ${what.nb}`,
    en: `${column}[${i}] = ${String(value)}: ${what.en}`,
  });
}

const WHOLE = { nb: 'må være et ikke-negativt heltall', en: 'must be a non-negative whole number' };

/**
 * The payment for each participant-month of the columns, in whole øre (`20671.33` kr is `2067133`).
 * @throws InputError naming `<column>.<row>` for a missing or wrong-length column, a value that is not a
 *   whole number in range, or absence beyond the month (the same limits as `stipendForMonth`); naming the
 *   column for one it does not know (`unknown_column`, e.g. the old `leave`, now `leaveCalendarDays`).
 *
 * @example
 * ```ts
 * import { stipendColumnsOre, stipendRateCode, stipendRateTable } from 'integreringsregler';
 * const table = stipendRateTable({ regime: 'introduksjonsloven', from: '2024-01', to: '2024-12' });
 * const april = table.months.indexOf('2024-04'), june = table.months.indexOf('2024-06');
 * const rate = stipendRateCode(table, { month: '2024-06', birthDate: '1984-03-10' });
 * // April 2024 at the full rate (G 118 620: 2 G / 12 = 19 770 kr); June (G 124 028: 20 671.33 kr) less 7.5 hours
 * // at 248 056 / 1850 kr an hour (1 005.63 kr).
 * Array.from(stipendColumnsOre(table, { month: [april, june], rate: [rate, rate], hours: [0, 750] })); // [1977000, 1966570]
 * // June with 5 calendar days of leave: 20 671.33 − 5 × 20 671.333… / 30 (3 445.22) = 17 226.11.
 * Array.from(stipendColumnsOre(table, { month: [june], rate: [rate], leaveCalendarDays: [500] })); // [1722611]
 * ```
 */
export function stipendColumnsOre(table: StipendRateTable, columns: StipendColumns): Float64Array {
  if (typeof columns !== 'object' || columns === null) refuse('columns', 0, columns, { nb: 'mangler', en: 'is missing' });
  for (const name of Object.keys(columns)) {
    if (!KNOWN.has(name)) {
      throw inputError('unknown_column', [name], {
        nb: `ukjent kolonne «${name}»; kolonnene er ${NAMES.join(', ')}`,
        en: `unknown column «${name}»; the columns are ${NAMES.join(', ')}`,
      });
    }
  }
  const { month, rate } = columns;
  const n = month?.length;
  if (typeof n !== 'number') refuse('month', 0, month, { nb: 'kolonnen mangler', en: 'the column is missing' });
  for (const name of NAMES) {
    const col = columns[name];
    if (col === undefined && (name === 'month' || name === 'rate'))
      refuse(name, 0, col, { nb: 'kolonnen mangler', en: 'the column is missing' });
    if (col !== undefined && (typeof col !== 'object' || col === null || col.length !== n)) {
      refuse(name, 0, col?.length, { nb: `kolonnen har ikke ${n} rader`, en: `the column does not have ${n} rows` });
    }
  }
  const { programmeDays, hours, days, leaveCalendarDays: leave } = columns;
  const nMonths = table.months.length;
  // The table's arrays as locals: the loop reads them for every row.
  const {
    daysInMonth,
    dayDivisor: dayDivisors,
    monthDivisor: monthDivisors,
    hourLimitNum,
    fullMonthOre,
    yearlyNum,
    hourDen,
    dayDen,
    partialDen,
  } = table;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // `(x >>> 0) === x` holds exactly for whole numbers from 0 to 2³² − 1 (not for NaN, fractions or
    // negatives): the cheap test first, the exact one only when it fails.
    const mi = month[i] as number;
    if (mi >>> 0 !== mi || mi >= nMonths)
      refuse('month', i, mi, {
        nb: `må være en månedsindeks fra 0 til ${nMonths - 1}`,
        en: `must be a month index from 0 to ${nMonths - 1}`,
      });
    const code = rate[i] as number;
    if (code >>> 0 !== code || code >= RATES_PER_MONTH)
      refuse('rate', i, code, { nb: 'må være en satskode fra 0 til 5', en: 'must be a rate code from 0 to 5' });
    const dim = daysInMonth[mi] as number;
    const pd = programmeDays === undefined ? dim : (programmeDays[i] as number);
    if (pd >>> 0 !== pd || pd < 1 || pd > dim)
      refuse('programmeDays', i, pd, { nb: `må være et heltall fra 1 til ${dim}`, en: `must be a whole number from 1 to ${dim}` });
    const h = hours === undefined ? 0 : (hours[i] as number);
    const d = days === undefined ? 0 : (days[i] as number);
    const l = leave === undefined ? 0 : (leave[i] as number);
    // A whole number past 2³² is not refused here: the month's limits below refuse it.
    if (h >>> 0 !== h && !(Number.isInteger(h) && h >= 0)) refuse('hours', i, h, WHOLE);
    if (d >>> 0 !== d && !(Number.isInteger(d) && d >= 0)) refuse('days', i, d, WHOLE);
    if (l >>> 0 !== l && !(Number.isInteger(l) && l >= 0)) refuse('leaveCalendarDays', i, l, WHOLE);
    const k = mi * RATES_PER_MONTH + code;
    const dayDivisor = dayDivisors[mi] as number;
    const monthDivisor = monthDivisors[mi] as number;
    const num = yearlyNum[k] as number;
    let left: number;
    if (pd === dim) {
      // Hours within the month's hours by the divisors (hour / month divisor).
      if (h * monthDivisor > (hourLimitNum[mi] as number))
        refuse('hours', i, h, { nb: 'er mer enn månedens timer etter delingstallet', en: "is more than the month's hours by the divisor" });
      left = fullMonthOre[k] as number;
    } else {
      // A partial month earns min(days, day divisor) / day divisor of the month amount; its hours scale alike.
      const share = pd < dayDivisor ? pd : dayDivisor;
      if (h * monthDivisor * dayDivisor > (hourLimitNum[mi] as number) * share)
        refuse('hours', i, h, { nb: 'er mer enn månedens timer etter delingstallet', en: "is more than the month's hours by the divisor" });
      left = roundProvenRatioHalfUpToOre(num * share, partialDen[k] as number);
    }
    if (d > pd * 100)
      refuse('days', i, d, {
        nb: 'er flere enn dagene i programmet denne måneden',
        en: 'is more than the days in the programme this month',
      });
    if (d + l > pd * 100)
      refuse('leaveCalendarDays', i, l, {
        nb: 'er sammen med fraværet flere enn dagene i programmet denne måneden',
        en: 'is, with the absence, more than the days in the programme this month',
      });
    // Each deduction is rounded on its own and never takes the month below zero, as stipendForMonth does.
    if (h > 0) left -= Math.min(left, roundProvenRatioHalfUpToOre(num * h, hourDen[k] as number));
    if (d > 0) left -= Math.min(left, roundProvenRatioHalfUpToOre(num * d, dayDen[k] as number));
    // Leave on every programme day takes what the month earned; otherwise calendar days × the daily rate.
    if (l > 0) left -= l === pd * 100 ? left : Math.min(left, roundProvenRatioHalfUpToOre(num * l, dayDen[k] as number));
    out[i] = left;
  }
  return out;
}
