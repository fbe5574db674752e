/**
 * Whether a deduction needs an individual decision (enkeltvedtak): when it is 50 % or more of the payment
 * it is taken from **and** at least 1/12 G — the Introduction Act § 21 second paragraph (e) and, for the
 * Integration Act, § 21, both as IMDi states them (one dated parameter per Act). The payment is the month's
 * gross stipend before deductions; G is the month's G. Compared exactly: 10 335.67 is at least 124 028 / 12
 * = 10 335.666…, 10 335.66 is not.
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../core/date.js';
import { EMPTY_EXPLANATION, step, usedValue, type Explained, type Step } from '../core/explanation.js';
import { weakestBasis, type Basis } from '../core/legal-reference.js';
import { moneyToRational, nonNegativeMoneySchema, type Decimal, type Money } from '../core/money.js';
import { firstDayOfMonth, isoMonthSchema } from '../core/month.js';
import { valueOn, type DatedValue } from '../core/parameters.js';
import { Rational } from '../core/rational.js';
import { roundHalfUpToOre } from '../core/rounding.js';
import { parseInput } from '../core/validate.js';
import type { StipendSlices } from './options.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveStipendOptions } from './options.js';
import { showDecisionThreshold, type DecisionThreshold } from './tables/decision-threshold.js';
import { regimeParameters, stipendRegimeSchema, type StipendRegime } from './regime.js';
import { showMoney } from './show.js';

/** The outcome and the two limits (rounded half-up to øre for display). */
export interface DecisionOutcome {
  readonly required: boolean;
  /** 50 % of the payment. */
  readonly shareOfPayment: Money;
  /** 1/12 G. */
  readonly shareOfG: Money;
}

/** Decides exactly. @internal */
export function decide(deduction: Money, payment: Money, g: Decimal, t: DecisionThreshold): DecisionOutcome {
  const d = moneyToRational(deduction);
  const half = moneyToRational(payment).mul(t.shareOfPayment);
  const gPart = Rational.fromDecimal(g).mul(t.shareOfG);
  const required = d.sign() > 0 && d.compare(half) >= 0 && d.compare(gPart) >= 0;
  return { required, shareOfPayment: roundHalfUpToOre(half), shareOfG: roundHalfUpToOre(gPart) };
}

interface Params {
  deduction: { nb: string; en: string };
  half: { nb: string; en: string };
  g: { nb: string; en: string };
  required: boolean;
}

const MESSAGE = {
  nb: (p: Params) =>
    `Trekket ${p.deduction.nb} er ${p.required ? '' : 'ikke '}både minst 50 % av utbetalingen (${p.half.nb}) og minst 1/12 G (${p.g.nb}): ${p.required ? 'enkeltvedtak kreves' : 'enkeltvedtak kreves ikke'}`,
  en: (p: Params) =>
    `The deduction ${p.deduction.en} is ${p.required ? '' : 'not '}both at least 50 % of the payment (${p.half.en}) and at least 1/12 G (${p.g.en}): ${p.required ? 'an individual decision is required' : 'no individual decision is required'}`,
};

/**
 * The step explaining the outcome. Its basis is the weakest of the threshold's, G's and (inside a month)
 * that of the amounts compared, `amountsBasis`. @internal
 */
export function decisionStep(
  deduction: Money,
  o: DecisionOutcome,
  t: DatedValue<DecisionThreshold>,
  g: DatedValue<Decimal>,
  regime: StipendRegime,
  parameters: StipendSlices,
  amountsBasis?: Basis,
): Step {
  const both = (m: Money) => ({ nb: showMoney(m, 'nb'), en: showMoney(m, 'en') });
  return step({
    rule: 'stipend.decision-threshold',
    message: MESSAGE,
    params: { deduction: both(deduction), half: both(o.shareOfPayment), g: both(o.shareOfG), required: o.required },
    reference: t.reference,
    basis: amountsBasis === undefined ? weakestBasis(t.basis, g.basis) : weakestBasis(t.basis, g.basis, amountsBasis),
    used: [
      usedValue(regimeParameters(parameters, regime).decisionThreshold, t, showDecisionThreshold),
      usedValue(parameters.basicAmount.grunnbelop, g, (v) => v.toString()),
    ],
  });
}

/** Input to {@link stipendDecisionRequired}. */
export const stipendDecisionInputSchema = /* @__PURE__ */ z.strictObject({
  /** `introduksjonsloven` or `integreringsloven`: each Act has its own source for the threshold. */
  regime: stipendRegimeSchema,
  /** The month the payment is for (its G counts). */
  month: isoMonthSchema,
  /** The payment the deduction is taken from: the month's gross stipend. */
  payment: nonNegativeMoneySchema,
  /** The deduction. */
  deduction: nonNegativeMoneySchema,
  asKnownOn: isoDateSchema.optional(),
});

/** Input to {@link stipendDecisionRequired}, as callers write it. */
export type StipendDecisionInput = z.input<typeof stipendDecisionInputSchema>;

/**
 * Whether a deduction from a stipend payment needs an individual decision.
 *
 * @example
 * ```ts
 * import { stipendDecisionRequired } from 'integreringsregler';
 * // 2024, full rate 20 671.33: half is 10 335.67 (rounded), G/12 = 124 028 / 12 = 10 335.67 (rounded)
 * stipendDecisionRequired({ regime: 'integreringsloven', month: '2024-06', payment: '20671.33', deduction: '10400' }).value.required; // true
 * stipendDecisionRequired({ regime: 'introduksjonsloven', month: '2024-06', payment: '20671.33', deduction: '9000' }).value.required; // false
 * ```
 */
export function stipendDecisionRequired(input: StipendDecisionInput, options?: RuleOptions): Explained<DecisionOutcome> {
  const c = parseInput(stipendDecisionInputSchema, input);
  const { parameters, explain } = resolveStipendOptions(options);
  const first = firstDayOfMonth(c.month);
  const g = valueOn(parameters.basicAmount.grunnbelop, first, { asKnownOn: c.asKnownOn });
  const t = valueOn(regimeParameters(parameters, c.regime).decisionThreshold, first);
  const value = decide(c.deduction, c.payment, g.value, t.value);
  return { value, explanation: explain ? { steps: [decisionStep(c.deduction, value, t, g, c.regime, parameters)] } : EMPTY_EXPLANATION };
}
