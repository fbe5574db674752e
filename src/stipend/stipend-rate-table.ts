/**
 * The stipend's month rates for a span of months, worked out once as whole numbers, for callers that price
 * very many participant-months from their own numeric data (a national budget, a payroll system's own
 * arrays). It is the "numbers-only" road to {@link stipendColumnsOre}: the dates, the G of each month and the
 * fraction rules are read here, once per month and rate, so that pricing a participant-month is a few integer
 * operations on numbers the caller already holds.
 *
 * A rate is chosen by a small integer **rate code** ({@link STIPEND_RATE_CODES}): 0 the full rate, 1 under 25,
 * 2 under 25 living with a parent (Integration Act only; under the Introduction Act it is the under-25 rate),
 * and the same plus 3 for a childless couple both in the programme (the 5/6 rule of the Integration Act; under
 * the Introduction Act the same as without). {@link stipendRateCode} gives the code the law assigns a person in
 * a month.
 *
 * Legal source: the same rules and tables as `stipendForMonth` — introduksjonsloven § 8 and integreringsloven
 * § 20 (2 G a year, the fractions, the 5/6 couples rule), introduksjonsloven § 9 and integreringsloven
 * §§ 20–21 (the divisors 12, 30 and 1850; see the `stipendDivisors*` parameters for how each was confirmed).
 * @module
 */
import type { RuleOptions } from '../rule-options.js';
import * as z from 'zod';
import { isoDateSchema, type IsoDate } from '../core/date.js';
import { roundRatioHalfUpToOre } from '../core/integer-ore.js';
import { daysInMonth, firstDayOfMonth, isoMonthSchema, lastDayOfMonth, monthsFromTo, type IsoMonth } from '../core/month.js';
import { valueOn } from '../core/parameters.js';
import { Rational } from '../core/rational.js';
import { localizedIssue, parseInput } from '../core/validate.js';
import { inputError } from '../core/errors.js';
import { resolveStipendOptions, type StipendSlices } from './options.js';
import type { FractionChangeTiming } from './tables/fraction-change.js';
import { ageFractionKind, type AgeFractionKind } from './age-fraction.js';
import { regimeParameters, stipendRegimeSchema, type StipendRegime } from './regime.js';

/** The rate codes of a {@link StipendRateTable}: an age/household rate, plus 3 for the couples rule. */
export const STIPEND_RATE_CODES = {
  full: 0,
  under25: 1,
  under25WithParent: 2,
  fullCouple: 3,
  under25Couple: 4,
  under25WithParentCouple: 5,
} as const;

/** Rate codes per month in a table. */
export const RATES_PER_MONTH = 6;

/** The longest span a table covers, in months (a hundred years). */
export const MAX_RATE_TABLE_MONTHS = 1200;

/** Input to {@link stipendRateTable}. */
export const stipendRateTableInputSchema = /* @__PURE__ */ z
  .strictObject({
    regime: stipendRegimeSchema,
    /** The first month of the table (index 0). */
    from: isoMonthSchema,
    /** The last month of the table. */
    to: isoMonthSchema,
    /** Use only the values known on this date (a G decided later is not seen). */
    asKnownOn: isoDateSchema.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.to < v.from) {
      ctx.addIssue(
        localizedIssue(
          'end_before_start',
          { nb: `siste måned (${v.to}) er før første (${v.from})`, en: `the last month (${v.to}) is before the first (${v.from})` },
          ['to'],
        ),
      );
    } else if (monthsFromTo(v.from, v.to).length > MAX_RATE_TABLE_MONTHS) {
      ctx.addIssue(
        localizedIssue(
          'too_long',
          { nb: `høyst ${MAX_RATE_TABLE_MONTHS} måneder i én tabell`, en: `at most ${MAX_RATE_TABLE_MONTHS} months in one table` },
          ['to'],
        ),
      );
    }
  });

/** Input to {@link stipendRateTable}, as callers write it. */
export type StipendRateTableInput = z.input<typeof stipendRateTableInputSchema>;

/** The facts of one month that the rate code depends on. @internal */
interface MonthRule {
  readonly month: IsoMonth;
  readonly ageLimit: number;
  readonly withParentRuleExists: boolean;
  readonly coupleRuleExists: boolean;
  readonly ageTiming: FractionChangeTiming;
  readonly householdTiming: FractionChangeTiming;
}

/**
 * A regime's stipend rates for a span of months, as whole numbers (see the module text). Read it with
 * {@link stipendColumnsOre} and {@link stipendRateCode}; the arrays are the library's own layout
 * (`month index × 6 + rate code`) and are not meant to be written.
 */
export interface StipendRateTable {
  readonly regime: StipendRegime;
  /** The months covered; a month's position here is its index in the columns. */
  readonly months: readonly IsoMonth[];
  readonly asKnownOn: IsoDate | undefined;
  /** @internal Days in each month. */
  readonly daysInMonth: Int32Array;
  /** @internal The day divisor (30) of each month. */
  readonly dayDivisor: Int32Array;
  /** @internal Hundredths of an hour a whole month holds by the divisors, as numerator over the month divisor. */
  readonly hourLimitNum: Float64Array;
  readonly monthDivisor: Int32Array;
  /** @internal Per month and rate: a whole month's amount in øre. */
  readonly fullMonthOre: Float64Array;
  /** @internal Per month and rate: the yearly amount in øre is `yearlyNum / yearlyDen`. */
  readonly yearlyNum: Float64Array;
  /** @internal Per month and rate: the denominator of an hour's deduction per hundredth of an hour. */
  readonly hourDen: Float64Array;
  /** @internal Per month and rate: the denominator of a day's deduction per hundredth of a day. */
  readonly dayDen: Float64Array;
  /** @internal Per month and rate: the denominator of a partial month's amount per programme day. */
  readonly partialDen: Float64Array;
  /** @internal The facts the rate code reads. */
  readonly rules: readonly MonthRule[];
}

function safe(n: bigint): number {
  const v = Number(n);
  if (!Number.isSafeInteger(v)) throw new RangeError('stipend rate table: an amount outside the exact integer range');
  return v;
}

/**
 * The rates of a regime for every month from `from` to `to`, read from the parameter set (the G of each
 * month, the fractions and divisors in force on its first day).
 * @throws InputError for a bad span; NoParameterValueError for a month no table covers.
 *
 * @example
 * ```ts
 * import { stipendRateTable } from 'integreringsregler';
 * const table = stipendRateTable({ regime: 'integreringsloven', from: '2024-01', to: '2024-12' });
 * table.months.length; // 12
 * table.months.indexOf('2024-05'); // 4
 * ```
 */
export function stipendRateTable(input: StipendRateTableInput, options?: Pick<RuleOptions, 'parameters'>): StipendRateTable {
  const { regime, from, to, asKnownOn } = parseInput(stipendRateTableInputSchema, input);
  const parameters = resolveStipendOptions(options).parameters;
  const rp = regimeParameters(parameters, regime);
  const months = monthsFromTo(from, to);
  const n = months.length;
  const t = {
    daysInMonth: new Int32Array(n),
    dayDivisor: new Int32Array(n),
    monthDivisor: new Int32Array(n),
    hourLimitNum: new Float64Array(n),
    fullMonthOre: new Float64Array(n * RATES_PER_MONTH),
    yearlyNum: new Float64Array(n * RATES_PER_MONTH),
    hourDen: new Float64Array(n * RATES_PER_MONTH),
    dayDen: new Float64Array(n * RATES_PER_MONTH),
    partialDen: new Float64Array(n * RATES_PER_MONTH),
  };
  const rules: MonthRule[] = [];
  months.forEach((month, mi) => {
    const first = firstDayOfMonth(month);
    const f = valueOn(rp.fractions, first).value;
    const d = valueOn(rp.divisors, first).value;
    const timing = valueOn(parameters.stipend.stipendFractionChange, first).value;
    const couple = regime === 'integreringsloven' ? valueOn(parameters.stipend.stipendCoupleFraction, first).value : undefined;
    const g = Rational.fromDecimal(valueOn(parameters.basicAmount.grunnbelop, first, { asKnownOn }).value);
    const dim = daysInMonth(month);
    for (const v of [d.month, d.day, d.hour]) {
      if (!(Number.isSafeInteger(v) && v > 0))
        throw new RangeError(`stipend rate table: the divisors of ${month} must be positive whole numbers`);
    }
    t.daysInMonth[mi] = dim;
    t.dayDivisor[mi] = d.day;
    t.monthDivisor[mi] = d.month;
    t.hourLimitNum[mi] = d.hour * 100;
    rules.push({
      month,
      ageLimit: f.ageLimit,
      withParentRuleExists: f.under25WithParent !== undefined,
      coupleRuleExists: couple !== undefined,
      ageTiming: timing.ageSwitch,
      householdTiming: timing.household,
    });
    const kinds: readonly Rational[] = [Rational.ONE, f.under25, f.under25WithParent ?? f.under25];
    for (let code = 0; code < RATES_PER_MONTH; code++) {
      let fraction = kinds[code % 3] as Rational;
      if (code >= 3 && couple !== undefined) fraction = fraction.mul(couple);
      const yearly = f.yearlyInG.mul(g).mul(fraction).mul(Rational.of(100));
      const num = safe(yearly.num);
      const den = safe(yearly.den);
      const k = mi * RATES_PER_MONTH + code;
      // The largest quantities a row may carry (hours and days in hundredths) must keep num × quantity exact.
      const maxQuantity = Math.max(d.hour * 100, dim * 100);
      if (
        !Number.isSafeInteger(num * maxQuantity) ||
        !Number.isSafeInteger(den * d.hour * 100) ||
        !Number.isSafeInteger(den * d.month * d.day * 100)
      ) {
        throw new RangeError('stipend rate table: an amount outside the exact integer range');
      }
      t.yearlyNum[k] = num;
      t.fullMonthOre[k] = roundRatioHalfUpToOre(num, den * d.month);
      t.hourDen[k] = den * d.hour * 100;
      t.dayDen[k] = den * d.month * d.day * 100;
      t.partialDen[k] = den * d.month * d.day;
    }
  });
  return { regime, months, asKnownOn, ...t, rules };
}

/** The facts that decide a person's rate code in a month. */
export const stipendRateCodeInputSchema = /* @__PURE__ */ z.strictObject({
  /** The month, which must be in the table. */
  month: isoMonthSchema,
  birthDate: isoDateSchema,
  livesWithParent: z.boolean().optional(),
  /** The first day in the new home after moving to or from a parent, if this month or earlier (as `stipendRates`; a move on the 1st counts for that whole month). */
  householdChangedOn: isoDateSchema.optional(),
  childlessCoupleBothParticipating: z.boolean().optional(),
});

/** Input to {@link stipendRateCode}, as callers write it. */
export type StipendRateCodeInput = z.input<typeof stipendRateCodeInputSchema>;

const KIND_CODE: Record<AgeFractionKind, number> = { full: 0, under25: 1, under25WithParent: 2 };

/**
 * The rate code the law gives a person in a month of the table: the age and household rule (a 25th
 * birthday or a move on the 1st changes the fraction that month; one later in the month changes it the
 * month after, unless the parameters say otherwise) and the couples rule, as `stipendRates` decides them.
 * @throws InputError for bad facts, a month outside the table or a birth date after the month.
 *
 * @example
 * ```ts
 * import { stipendRateCode, stipendRateTable } from 'integreringsregler';
 * const table = stipendRateTable({ regime: 'integreringsloven', from: '2024-01', to: '2024-12' });
 * stipendRateCode(table, { month: '2024-05', birthDate: '1990-01-01' }); // 0
 * stipendRateCode(table, { month: '2024-05', birthDate: '2003-01-01', livesWithParent: true }); // 2
 * stipendRateCode(table, { month: '2024-05', birthDate: '1990-01-01', childlessCoupleBothParticipating: true }); // 3
 * ```
 */
export function stipendRateCode(table: StipendRateTable, input: StipendRateCodeInput): number {
  const c = parseInput(stipendRateCodeInputSchema, input);
  const mi = table.months.indexOf(c.month);
  const rule = table.rules[mi];
  if (rule === undefined) {
    throw inputError('month_outside_table', ['month'], {
      nb: `måneden ${c.month} er ikke i tabellen (${table.months[0] ?? ''}–${table.months[table.months.length - 1] ?? ''})`,
      en: `the month ${c.month} is not in the table (${table.months[0] ?? ''}–${table.months[table.months.length - 1] ?? ''})`,
    });
  }
  const last = lastDayOfMonth(c.month);
  if (c.birthDate > last) {
    throw inputError('birth_after_month', ['birthDate'], {
      nb: `fødselsdatoen ${c.birthDate} er etter måneden ${c.month}`,
      en: `the birth date ${c.birthDate} is after the month ${c.month}`,
    });
  }
  if (c.householdChangedOn !== undefined && c.householdChangedOn > last) {
    throw inputError('change_after_month', ['householdChangedOn'], {
      nb: `flyttedatoen ${c.householdChangedOn} er etter måneden ${c.month}`,
      en: `the moving date ${c.householdChangedOn} is after the month ${c.month}`,
    });
  }
  const { kind } = ageFractionKind({
    birthDate: c.birthDate,
    month: c.month,
    ageLimit: rule.ageLimit,
    livesWithParent: c.livesWithParent ?? false,
    householdChangedOn: c.householdChangedOn,
    withParentRuleExists: rule.withParentRuleExists,
    ageTiming: rule.ageTiming,
    householdTiming: rule.householdTiming,
  });
  return KIND_CODE[kind] + (c.childlessCoupleBothParticipating === true && rule.coupleRuleExists ? 3 : 0);
}
