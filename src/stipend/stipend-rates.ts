/**
 * The stipend's rates for a month: yearly amount = (2 G) × age/household fraction × couple factor, with
 * the G in force on the first day of the month (G changes 1 May; "as known on" for back-pay); month =
 * yearly / 12, day = month / 30, hour = yearly / 1850 (Introduction Act §§ 8–9, Integration Act § 20).
 * @module
 */
import * as z from 'zod';
import { isoDateSchema, type IsoDate } from '../core/date.js';
import { EMPTY_EXPLANATION, type Explained, type Step } from '../core/explanation.js';
import { Decimal, type Money } from '../core/money.js';
import { firstDayOfMonth, isoMonthSchema, lastDayOfMonth, type IsoMonth } from '../core/month.js';
import { valueOn, type DatedValue } from '../core/parameters.js';
import { Rational } from '../core/rational.js';
import { roundHalfUpToOre } from '../core/rounding.js';
import { inputError } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import type { StipendSlices } from './options.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveStipendOptions } from './options.js';
import type { StipendDivisors } from './tables/divisors.js';
import type { FractionChangeTiming, StipendFractionChange } from './tables/fraction-change.js';
import type { StipendFractions } from './tables/fractions.js';
import { ageFractionKind, type AgeFractionKind, type AgeFractionStatus } from './age-fraction.js';
import { regimeParameters, stipendRegimeSchema, type StipendRegime } from './regime.js';
import { rateSteps } from './rates-explanation.js';

/** What the rates depend on. @internal */
export interface RateContext {
  readonly regime: StipendRegime;
  readonly month: IsoMonth;
  readonly birthDate: IsoDate;
  readonly livesWithParent: boolean;
  readonly householdChangedOn?: IsoDate | undefined;
  readonly childlessCoupleBothParticipating: boolean;
  readonly fractionChangeTiming?: FractionChangeTiming | undefined;
  readonly asKnownOn?: IsoDate | undefined;
}

/** The exact rates for a month and what they were built from. @internal */
export interface MonthRates {
  readonly g: DatedValue<Decimal>;
  readonly fractions: DatedValue<StipendFractions>;
  readonly divisors: DatedValue<StipendDivisors>;
  readonly couple: DatedValue<Rational> | undefined;
  readonly kind: AgeFractionKind;
  readonly birthday: IsoDate;
  /** The age and household situation for the month, and whether the timing decided it. */
  readonly status: AgeFractionStatus;
  /** The timing parameter's value in force, and the caller's override if any. */
  readonly timing: DatedValue<StipendFractionChange>;
  readonly timingOverride: FractionChangeTiming | undefined;
  readonly fraction: Rational;
  readonly yearly: Rational;
  readonly month: Rational;
  readonly day: Rational;
  readonly hour: Rational;
}

/** Computes the exact rates (no validation: the context is already parsed and checked). @internal */
export function monthRates(c: RateContext, parameters: StipendSlices): MonthRates {
  const first = firstDayOfMonth(c.month);
  const rp = regimeParameters(parameters, c.regime);
  const g = valueOn(parameters.basicAmount.grunnbelop, first, { asKnownOn: c.asKnownOn });
  const fractions = valueOn(rp.fractions, first);
  const divisors = valueOn(rp.divisors, first);
  const timingValue = valueOn(parameters.stipend.stipendFractionChange, first);
  const timing = timingValue.value;
  const f = fractions.value;
  const status = ageFractionKind({
    birthDate: c.birthDate,
    month: c.month,
    ageLimit: f.ageLimit,
    livesWithParent: c.livesWithParent,
    householdChangedOn: c.householdChangedOn,
    withParentRuleExists: f.under25WithParent !== undefined,
    ageTiming: c.fractionChangeTiming ?? timing.ageSwitch,
    householdTiming: c.fractionChangeTiming ?? timing.household,
  });
  let fraction = status.kind === 'full' ? Rational.ONE : status.kind === 'under25' ? f.under25 : (f.under25WithParent ?? f.under25);
  const couple =
    c.regime === 'integreringsloven' && c.childlessCoupleBothParticipating
      ? valueOn(parameters.stipend.stipendCoupleFraction, first)
      : undefined;
  if (couple !== undefined) fraction = fraction.mul(couple.value);
  const yearly = f.yearlyInG.mul(Rational.fromDecimal(g.value)).mul(fraction);
  const month = yearly.div(Rational.of(divisors.value.month));
  return {
    g,
    fractions,
    divisors,
    couple,
    kind: status.kind,
    birthday: status.birthday,
    status,
    timing: timingValue,
    timingOverride: c.fractionChangeTiming,
    fraction,
    yearly,
    month,
    day: month.div(Rational.of(divisors.value.day)),
    hour: yearly.div(Rational.of(divisors.value.hour)),
  };
}

/** Input to {@link stipendRates}. */
export const stipendRatesInputSchema = /* @__PURE__ */ z.strictObject({
  regime: stipendRegimeSchema,
  month: isoMonthSchema,
  birthDate: isoDateSchema,
  /** Lives with one or both parents (counts only under 25 and under the Integration Act). */
  livesWithParent: z.boolean().default(false),
  /** The first day the participant lived in the new home after last moving into or out of a parent's home (`livesWithParent` is the state from that day); a move on the 1st counts for that whole month. */
  householdChangedOn: isoDateSchema.optional(),
  /** Spouses or cohabitants who both take part in the programme and have no children. */
  childlessCoupleBothParticipating: z.boolean().default(false),
  /** Overrides the `stipendFractionChange` parameter for both the age switch and moving (it decides only a month with the birthday or the move on the 2nd or later). */
  fractionChangeTiming: z.enum(['monthAfter', 'sameMonth']).optional(),
  /** Compute with what was known on this date (a G decided later is not seen). */
  asKnownOn: isoDateSchema.optional(),
});

/** Input to {@link stipendRates}, as callers write it. */
export type StipendRatesInput = z.input<typeof stipendRatesInputSchema>;

/** The rates, rounded half-up to øre for display (the computations use the exact values). */
export interface StipendRates {
  readonly fraction: string;
  readonly yearly: Money;
  readonly monthly: Money;
  readonly daily: Money;
  readonly hourly: Money;
}

/** Checks the dates in a rate context against the month. @internal */
export function checkRateContext(c: { month: IsoMonth; birthDate: IsoDate; householdChangedOn?: IsoDate | undefined }): void {
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
}

/**
 * The stipend's yearly, monthly, daily and hourly rates for one participant in one month.
 * @throws InputError on bad input; NoParameterValueError for a month no table covers.
 *
 * @example
 * ```ts
 * import { stipendRates } from 'integreringsregler';
 * const r = stipendRates({ regime: 'introduksjonsloven', month: '2024-06', birthDate: '1984-01-01' });
 * r.value.monthly.toString(); // '20671.33'
 * r.value.hourly.toString(); // '134.08'
 * ```
 */
export function stipendRates(input: StipendRatesInput, options?: RuleOptions): Explained<StipendRates> {
  const c = parseInput(stipendRatesInputSchema, input);
  checkRateContext(c);
  const { parameters, explain } = resolveStipendOptions(options);
  const r = monthRates(c, parameters);
  const value: StipendRates = {
    fraction: r.fraction.toString(),
    yearly: roundHalfUpToOre(r.yearly),
    monthly: roundHalfUpToOre(r.month),
    daily: roundHalfUpToOre(r.day),
    hourly: roundHalfUpToOre(r.hour),
  };
  const steps: Step[] = explain ? rateSteps(c, r, parameters) : [];
  return { value, explanation: explain ? { steps } : EMPTY_EXPLANATION };
}
