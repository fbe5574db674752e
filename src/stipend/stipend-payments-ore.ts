/**
 * The stipend for many participant-months at once — the figure a payroll run or a budget needs for
 * thousands of participants — exact to the øre and fast. It computes exactly what {@link stipendForMonth}
 * computes for the same facts (a property test holds the two together), by a different road: the month's
 * rates are worked out once per regime, month and fraction, as whole øre over a common denominator, and
 * each row is then a few integer multiplications and one half-up rounding per line. Amounts come back as
 * whole øre in a `Float64Array` (exact: every value is a safe integer); `moneyFromOre` turns one into a
 * `Decimal`.
 *
 * A row carries the common facts: regime, month, birth date, programme period, living with a parent, the
 * couples rule, unexcused absence in hours and days, and leave without stipend in calendar days
 * (`leaveCalendarDays`: each 1/30 of the month, all the month's programme days the whole month). Leave given
 * as dates or working days, benefit offsets, overgangsstønad and paid work need the single-month rule.
 * Rounding is half-up to øre.
 *
 * Legal source: the same rules as `stipendForMonth` — introduksjonsloven §§ 8–10 and integreringsloven §§
 * 20–21 (2 G a year, the fractions, month 1/12, day 1/30, hour 1/1850, reduction for unexcused absence),
 * integreringsforskriften §§ 11–16 (leave without stipend).
 * @module
 */
import type { RuleOptions } from '../rule-options.js';
import * as z from 'zod';
import { isoDateSchema, tryParseIsoDate, type IsoDate } from '../core/date.js';
import { InputError, isInputError } from '../core/errors.js';
import { roundRatioHalfUpToOre } from '../core/integer-ore.js';
import { daysInMonth, firstDayOfMonth, isoMonthSchema, lastDayOfMonth, tryParseIsoMonth } from '../core/month.js';
import { valueOn } from '../core/parameters.js';
import { Rational } from '../core/rational.js';
import { parseInput } from '../core/validate.js';
import { resolveStipendOptions, type StipendSlices } from './options.js';
import { ageFractionKind } from './age-fraction.js';
import { stipendForMonth } from './stipend-for-month.js';
import type { StipendMonthInput } from './month-input.js';
import { quantitySchema } from './quantity.js';
import { regimeParameters, stipendRegimeSchema, type StipendRegime } from './regime.js';

/** One participant-month of a batch. */
export const stipendBatchRowSchema = /* @__PURE__ */ z.strictObject({
  regime: stipendRegimeSchema,
  month: isoMonthSchema,
  birthDate: isoDateSchema,
  /** First programme day. */
  programmeStart: isoDateSchema,
  /** Last programme day, if it has ended or its end is known. */
  programmeEnd: isoDateSchema.optional(),
  livesWithParent: z.boolean().optional(),
  childlessCoupleBothParticipating: z.boolean().optional(),
  /** Unexcused absence in hours (at most two decimals). */
  unexcusedHours: quantitySchema.optional(),
  /** Unexcused absence in days. */
  unexcusedDays: quantitySchema.optional(),
  /** Calendar days of leave without stipend this month (working days must be turned into calendar days through the leave's dates). */
  leaveCalendarDays: quantitySchema.optional(),
});

/** One participant-month, as callers write it. */
export type StipendBatchRow = z.input<typeof stipendBatchRowSchema>;

/** Input to {@link stipendPaymentsOre}. */
export const stipendBatchInputSchema = /* @__PURE__ */ z.strictObject({
  /** The participant-months (each checked as {@link stipendBatchRowSchema}). */
  rows: z.array(z.unknown()),
  /** Compute with what was known on this date (a G decided later is not seen). */
  asKnownOn: isoDateSchema.optional(),
});

/** Input to {@link stipendPaymentsOre}, as callers write it. */
export type StipendBatchInput = { readonly rows: readonly StipendBatchRow[]; readonly asKnownOn?: IsoDate | undefined };

const KEYS = /* @__PURE__ */ new Set(Object.keys(stipendBatchRowSchema.shape));

interface MonthFacts {
  readonly first: IsoDate;
  readonly last: IsoDate;
  readonly days: number;
  readonly divisors: { readonly month: number; readonly day: number; readonly hour: number };
  readonly ageLimit: number;
  readonly withParentRuleExists: boolean;
  readonly timing: { readonly ageSwitch: 'monthAfter' | 'sameMonth'; readonly household: 'monthAfter' | 'sameMonth' };
  /** The yearly amount in øre for each fraction kind and couple flag: numerator over denominator. */
  readonly yearly: Map<string, { readonly num: number; readonly den: number }>;
  readonly g: Rational;
  readonly fractions: { readonly yearlyInG: Rational; readonly under25: Rational; readonly under25WithParent?: Rational | undefined };
  readonly couple: Rational | undefined;
}

function safe(n: bigint): number {
  const v = Number(n);
  if (!Number.isSafeInteger(v)) throw new RangeError('stipend batch: an amount outside the exact integer range');
  return v;
}

function monthFacts(parameters: StipendSlices, regime: StipendRegime, month: string, asKnownOn: IsoDate | undefined): MonthFacts {
  const first = firstDayOfMonth(month);
  const rp = regimeParameters(parameters, regime);
  const f = valueOn(rp.fractions, first).value;
  const timing = valueOn(parameters.stipend.stipendFractionChange, first).value;
  const couple = regime === 'integreringsloven' ? valueOn(parameters.stipend.stipendCoupleFraction, first).value : undefined;
  return {
    first,
    last: lastDayOfMonth(month),
    days: daysInMonth(month),
    divisors: valueOn(rp.divisors, first).value,
    ageLimit: f.ageLimit,
    withParentRuleExists: f.under25WithParent !== undefined,
    timing,
    yearly: new Map(),
    g: Rational.fromDecimal(valueOn(parameters.basicAmount.grunnbelop, first, { asKnownOn }).value),
    fractions: f,
    couple,
  };
}

/**
 * Exact hundredths of a quantity the schema accepts (at most two decimals), or -1 if it is not one. A
 * number "has at most two decimals" when it is the double nearest some c/100 — exactly when `c / 100`
 * (correctly rounded) gives it back; `0.1 + 0.2` does not, so it goes to the rule's own refusal.
 */
function hundredths(v: unknown): number {
  if (v === undefined) return 0;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v >= 1e6) return -1;
  const c = Math.round(v * 100);
  return c / 100 === v ? c : -1;
}

function dayOf(date: IsoDate): number {
  return (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
}

/** The row as the single-month rule's input: used to report a problem exactly as that rule does. */
function asMonthInput(r: Record<string, unknown>, asKnownOn: IsoDate | undefined): StipendMonthInput {
  const absence =
    r.unexcusedHours === undefined && r.unexcusedDays === undefined
      ? {}
      : {
          unexcusedAbsence: {
            ...(r.unexcusedHours === undefined ? {} : { hours: r.unexcusedHours }),
            ...(r.unexcusedDays === undefined ? {} : { days: r.unexcusedDays }),
          },
        };
  return {
    regime: r.regime,
    month: r.month,
    birthDate: r.birthDate,
    programme: { start: r.programmeStart, ...(r.programmeEnd === undefined ? {} : { end: r.programmeEnd }) },
    ...(r.livesWithParent === undefined ? {} : { livesWithParent: r.livesWithParent }),
    ...(r.childlessCoupleBothParticipating === undefined ? {} : { childlessCoupleBothParticipating: r.childlessCoupleBothParticipating }),
    ...absence,
    ...(r.leaveCalendarDays === undefined ? {} : { leaveWithoutStipend: { calendarDays: r.leaveCalendarDays } }),
    ...(asKnownOn === undefined ? {} : { asKnownOn }),
  } as StipendMonthInput;
}

/** Reports the row's problem with the single-month rule's own error, its paths under `rows.<i>`. */
function rowError(row: unknown, i: number, asKnownOn: IsoDate | undefined, parameters: StipendSlices): never {
  const parsed = stipendBatchRowSchema.safeParse(row, { reportInput: true });
  try {
    if (!parsed.success) parseInput(stipendBatchRowSchema, row);
    stipendForMonth(asMonthInput(row as Record<string, unknown>, asKnownOn), { parameters, explain: false });
  } catch (e) {
    if (isInputError(e)) throw new InputError(e.issues.map((x) => ({ ...x, path: ['rows', i, ...x.path] })));
    throw e;
  }
  throw new RangeError(`stipend batch: row ${i} was refused by the fast check but accepted by the rule`);
}

/**
 * The payment for each participant-month, in whole øre (`20671.33` kr is `2067133`), exactly as
 * {@link stipendForMonth} pays it for the same facts.
 * @throws InputError naming `rows.<i>.<field>` for the first bad row (the same message the single-month
 *   rule gives); NoParameterValueError for a month no table covers.
 *
 * @example
 * ```ts
 * import { moneyFromOre, stipendPaymentsOre } from 'integreringsregler';
 * const ore = stipendPaymentsOre({ rows: [
 *   { regime: 'integreringsloven', month: '2024-05', birthDate: '1990-01-01', programmeStart: '2024-01-01' },
 *   { regime: 'introduksjonsloven', month: '2024-06', birthDate: '1984-03-10', programmeStart: '2023-09-01', unexcusedHours: 7.5 },
 * ] });
 * Array.from(ore); // [2067133, 1966570]
 * moneyFromOre(ore[1] ?? 0).toString(); // '19665.7'
 * ```
 */
export function stipendPaymentsOre(input: StipendBatchInput, options?: Pick<RuleOptions, 'parameters'>): Float64Array {
  const { rows, asKnownOn } = parseInput(stipendBatchInputSchema, input);
  const parameters = resolveStipendOptions(options).parameters;
  const facts = new Map<string, MonthFacts>();
  // Rows repeat the same person and month facts and the same dates: each distinct combination is checked
  // and priced once (the check of a date string is the same wherever it appears).
  const priced = new Map<string, { readonly m: MonthFacts; readonly y: { readonly num: number; readonly den: number } }>();
  const validDates = new Set<string>();
  const isDate = (v: unknown): v is IsoDate =>
    typeof v === 'string' && (validDates.has(v) || (tryParseIsoDate(v) !== undefined && validDates.add(v) !== undefined));
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    if (typeof row !== 'object' || row === null) rowError(row, i, asKnownOn, parameters);
    for (const k in row) if (!KEYS.has(k)) rowError(row, i, asKnownOn, parameters);
    const { regime, month, birthDate, programmeStart: start, programmeEnd: end } = row;
    const hours = hundredths(row.unexcusedHours);
    const absentDays = hundredths(row.unexcusedDays);
    const leave = hundredths(row.leaveCalendarDays);
    const livesWithParent = row.livesWithParent === undefined ? false : row.livesWithParent;
    const couple = row.childlessCoupleBothParticipating === undefined ? false : row.childlessCoupleBothParticipating;
    if (!isDate(start) || (end !== undefined && !isDate(end)) || hours < 0 || absentDays < 0 || leave < 0)
      rowError(row, i, asKnownOn, parameters);
    if (typeof regime !== 'string' || typeof month !== 'string' || typeof birthDate !== 'string') rowError(row, i, asKnownOn, parameters);
    const pkey = `${regime}|${month}|${birthDate}|${livesWithParent === true ? 1 : livesWithParent === false ? 0 : 2}${couple === true ? 1 : couple === false ? 0 : 2}`;
    let p = priced.get(pkey);
    if (p === undefined) {
      if (
        (regime !== 'integreringsloven' && regime !== 'introduksjonsloven') ||
        typeof month !== 'string' ||
        tryParseIsoMonth(month) === undefined ||
        !isDate(birthDate) ||
        typeof livesWithParent !== 'boolean' ||
        typeof couple !== 'boolean'
      ) {
        rowError(row, i, asKnownOn, parameters);
      }
      const fkey = `${regime}|${month}`;
      let m = facts.get(fkey);
      if (m === undefined) facts.set(fkey, (m = monthFacts(parameters, regime, month, asKnownOn)));
      if (birthDate > m.last) rowError(row, i, asKnownOn, parameters);
      const kind = ageFractionKind({
        birthDate,
        month,
        ageLimit: m.ageLimit,
        livesWithParent,
        householdChangedOn: undefined,
        withParentRuleExists: m.withParentRuleExists,
        ageTiming: m.timing.ageSwitch,
        householdTiming: m.timing.household,
      }).kind;
      const yKey = `${kind}|${couple && m.couple !== undefined}`;
      let y = m.yearly.get(yKey);
      if (y === undefined) {
        let fraction =
          kind === 'full'
            ? Rational.ONE
            : kind === 'under25'
              ? m.fractions.under25
              : (m.fractions.under25WithParent ?? m.fractions.under25);
        if (couple && m.couple !== undefined) fraction = fraction.mul(m.couple);
        const yearlyOre = m.fractions.yearlyInG.mul(m.g).mul(fraction).mul(Rational.of(100));
        m.yearly.set(yKey, (y = { num: safe(yearlyOre.num), den: safe(yearlyOre.den) }));
      }
      priced.set(pkey, (p = { m, y }));
    }
    const { m, y } = p;
    if ((end !== undefined && end < start) || start > m.last || (end !== undefined && end < m.first))
      rowError(row, i, asKnownOn, parameters);
    // Days in the programme this month, and the share of the month they earn (days / day divisor).
    const from = start > m.first ? start : m.first;
    const to = end !== undefined && end < m.last ? end : m.last;
    const days = dayOf(to) - dayOf(from) + 1;
    const full = days === m.days;
    const shareNum = full ? 1 : Math.min(days, m.divisors.day);
    const shareDen = full ? 1 : m.divisors.day;
    // The single-month rule's bounds: hours within the month's hours by the divisor, days within the days.
    if (
      hours * m.divisors.month * shareDen > m.divisors.hour * 100 * shareNum ||
      absentDays > days * 100 ||
      absentDays + leave > days * 100
    ) {
      rowError(row, i, asKnownOn, parameters);
    }
    // gross = yearly / month divisor × share; hour = yearly / hour divisor; day = yearly / (month × day divisors).
    let left = roundRatioHalfUpToOre(y.num * shareNum, y.den * m.divisors.month * shareDen);
    if (hours > 0) left -= Math.min(left, roundRatioHalfUpToOre(y.num * hours, y.den * m.divisors.hour * 100));
    if (absentDays > 0) left -= Math.min(left, roundRatioHalfUpToOre(y.num * absentDays, y.den * m.divisors.month * m.divisors.day * 100));
    // Leave on every programme day of the month takes what the month earned; otherwise days × the daily rate.
    if (leave > 0)
      left -=
        leave === days * 100 ? left : Math.min(left, roundRatioHalfUpToOre(y.num * leave, y.den * m.divisors.month * m.divisors.day * 100));
    out[i] = left;
  }
  return out;
}
