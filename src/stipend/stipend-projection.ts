/**
 * The stipend for every month of a programme — the figure a budget needs: each month's payment from the
 * same rules as {@link stipendForMonth} (partial first and last months, the 25th birthday, G changing each
 * 1 May, expected leave without stipend) as a list, and the total.
 *
 * Legal source: as `stipendForMonth` — introduksjonsloven §§ 8–9, integreringsloven § 20 (2 G a year, the
 * fractions, month 1/12, day 1/30), integreringsforskriften §§ 11–16 (leave without stipend).
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../core/date.js';
import { InputError, inputError, isInputError } from '../core/errors.js';
import { step, type Explained, EMPTY_EXPLANATION, type Step } from '../core/explanation.js';
import { ZERO_MONEY, type Money } from '../core/money.js';
import { isoMonthSchema, monthOf, monthsFromTo } from '../core/month.js';
import type { Rational } from '../core/rational.js';
import { ROUNDING_NAMES, type RoundingName } from '../core/rounding.js';
import { parseInput } from '../core/validate.js';
import type { StipendSlices } from './options.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveStipendOptions } from './options.js';
import { computeStipendMonth, monthWithoutDeductions } from './month-core.js';
import type { ParsedStipendMonth } from './month-input.js';
import { quantitySchema } from './quantity.js';
import { stipendRegimeSchema } from './regime.js';
import { showMoney } from './show.js';

/** The most months a projection covers (ten years): more is a typing error. */
export const MAX_PROJECTION_MONTHS = 120;

/** Input to {@link stipendProjection}. */
export const stipendProjectionInputSchema = /* @__PURE__ */ z.strictObject({
  regime: stipendRegimeSchema,
  birthDate: isoDateSchema,
  /** First and last day of the programme. */
  programme: z.strictObject({ start: isoDateSchema, end: isoDateSchema }),
  livesWithParent: z.boolean().default(false),
  /** As in `stipendForMonth`: the first day in the new home after moving into or out of a parent's home. */
  householdChangedOn: isoDateSchema.optional(),
  childlessCoupleBothParticipating: z.boolean().default(false),
  fractionChangeTiming: z.enum(['monthAfter', 'sameMonth']).optional(),
  /**
   * Expected leave without stipend, as calendar days in a month (each 1/30 of the month; all the month's
   * programme days take the whole month). Working days must be turned into calendar days through the
   * leave's dates first (see `stipendLeaveSchema`).
   */
  leaveWithoutStipend: z.array(z.strictObject({ month: isoMonthSchema, calendarDays: quantitySchema })).default([]),
  asKnownOn: isoDateSchema.optional(),
  rounding: z.enum(ROUNDING_NAMES as unknown as [RoundingName, ...RoundingName[]]).default('halfUpToOre'),
});

/** Input to {@link stipendProjection}, as callers write it. */
export type StipendProjectionInput = z.input<typeof stipendProjectionInputSchema>;

/** One month of a projection. */
export interface ProjectedMonth {
  readonly month: string;
  readonly fraction: string;
  readonly daysInProgramme: number;
  readonly gross: Money;
  readonly leaveDeduction: Money;
  readonly payment: Money;
}

/** A projection: every month and the total paid. */
export interface StipendProjection {
  readonly months: readonly ProjectedMonth[];
  readonly total: Money;
}

/** The month with its leave; a leave that does not fit the month is refused at its own entry of the input. */
function monthWithLeave(
  c: Omit<ParsedStipendMonth, 'leaveWithoutStipend'>,
  l: { days: Rational; index: number },
  parameters: StipendSlices,
) {
  try {
    return computeStipendMonth({ ...c, leaveWithoutStipend: { kind: 'calendarDays', calendarDays: l.days } }, parameters, false).value;
  } catch (e) {
    if (isInputError(e))
      throw new InputError(
        e.issues.map((x) => (x.path[0] === 'leaveWithoutStipend' ? { ...x, path: ['leaveWithoutStipend', l.index, 'calendarDays'] } : x)),
      );
    throw e;
  }
}

const text = { nb: (p: { nb: string; en: string }) => p.nb, en: (p: { nb: string; en: string }) => p.en };

/**
 * The stipend for every month of a programme, and the total.
 * @throws InputError on bad input; NoParameterValueError for a month no table covers.
 *
 * @example
 * ```ts
 * import { stipendProjection } from 'integreringsregler';
 * // 15 April – 14 June 2024, age 30: April 16 days × 19 770 / 30 = 10 544.00; May 20 671.33; June 14 × 20 671.33… / 30 = 9 646.62
 * const p = stipendProjection({ regime: 'integreringsloven', birthDate: '1994-01-01', programme: { start: '2024-04-15', end: '2024-06-14' } });
 * p.value.months.map((m) => m.payment.toString()); // ['10544', '20671.33', '9646.62']
 * p.value.total.toString(); // '40861.95'
 * ```
 */
export function stipendProjection(input: StipendProjectionInput, options?: RuleOptions): Explained<StipendProjection> {
  const c = parseInput(stipendProjectionInputSchema, input);
  const { parameters, explain } = resolveStipendOptions(options);
  if (c.programme.end < c.programme.start) {
    throw inputError('end_before_start', ['programme', 'end'], {
      nb: 'programmet slutter før det starter',
      en: 'the programme ends before it starts',
    });
  }
  const months = monthsFromTo(monthOf(c.programme.start), monthOf(c.programme.end));
  if (months.length > MAX_PROJECTION_MONTHS) {
    throw inputError('too_long', ['programme', 'end'], {
      nb: `høyst ${MAX_PROJECTION_MONTHS} måneder`,
      en: `at most ${MAX_PROJECTION_MONTHS} months`,
    });
  }
  const leave = new Map<string, { days: (typeof c.leaveWithoutStipend)[number]['calendarDays']; index: number }>();
  c.leaveWithoutStipend.forEach((l, i) => {
    if (!months.includes(l.month) || leave.has(l.month)) {
      throw inputError('leave_month', ['leaveWithoutStipend', i, 'month'], {
        nb: `${l.month} er utenfor programmet eller gitt to ganger`,
        en: `${l.month} is outside the programme or given twice`,
      });
    }
    leave.set(l.month, { days: l.calendarDays, index: i });
  });
  const out: ProjectedMonth[] = [];
  const steps: Step[] = [];
  let total = ZERO_MONEY;
  for (const month of months) {
    const { leaveWithoutStipend: _unused, ...person } = c;
    const l = leave.get(month);
    const value =
      l === undefined ? monthWithoutDeductions({ ...person, month }, parameters) : monthWithLeave({ ...person, month }, l, parameters);
    const leaveDeduction = value.deductions.find((d) => d.kind === 'leaveWithoutStipend')?.applied ?? ZERO_MONEY;
    out.push({
      month,
      fraction: value.fraction,
      daysInProgramme: value.daysInProgramme,
      gross: value.gross,
      leaveDeduction,
      payment: value.payment,
    });
    total = total.plus(value.payment);
    if (explain) {
      const detail = (l: 'nb' | 'en') =>
        `${month}: ${l === 'nb' ? 'brøk' : 'fraction'} ${value.fraction}, ${value.daysInProgramme} ${l === 'nb' ? 'dager' : 'days'}, ${showMoney(value.gross, l)}${leaveDeduction.isZero() ? '' : ` − ${showMoney(leaveDeduction, l)}`}`;
      steps.push(
        step({ rule: 'stipend.projection.month', message: text, params: { nb: detail('nb'), en: detail('en') }, amount: value.payment }),
      );
    }
  }
  if (explain)
    steps.push(
      step({
        rule: 'stipend.projection.total',
        message: text,
        params: { nb: `Sum for ${months.length} måneder`, en: `Total for ${months.length} months` },
        amount: total,
      }),
    );
  return { value: { months: out, total }, explanation: explain ? { steps } : EMPTY_EXPLANATION };
}
