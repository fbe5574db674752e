/**
 * The transitional benefit for single parents (overgangsstønad): the yearly stipend is reduced by 40 % of
 * the yearly overgangsstønad above 0.5 G (Introduction Act § 12 second paragraph; Integration Act § 22 by
 * assumption). The month's share is the yearly reduction / 12, times the share of the month in the
 * programme for a partial month. G is the month's G.
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../core/date.js';
import { EMPTY_EXPLANATION, step, usedValue, type Explained } from '../core/explanation.js';
import { weakestBasis } from '../core/legal-reference.js';
import { moneyToRational, nonNegativeMoneySchema, type Money } from '../core/money.js';
import { firstDayOfMonth, isoMonthSchema } from '../core/month.js';
import { valueOn } from '../core/parameters.js';
import { Rational } from '../core/rational.js';
import { roundHalfUpToOre } from '../core/rounding.js';
import { parseInput } from '../core/validate.js';
import type { StipendSlices } from './options.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveStipendOptions } from './options.js';
import { showDivisors } from './tables/divisors.js';
import { showTransitionalRule } from './tables/transitional-benefit.js';
import { leadMessage, type PendingDeduction } from './deduction-line.js';
import { regimeParameters, stipendRegimeSchema, type StipendRegime } from './regime.js';
import { showMoney } from './show.js';

/** The exact yearly reduction and its parts. @internal */
export function transitionalReduction(
  perYear: Rational,
  month: string,
  regime: StipendRegime,
  parameters: StipendSlices,
  asKnownOn: string | undefined,
) {
  const first = firstDayOfMonth(month);
  const rp = regimeParameters(parameters, regime);
  const rule = valueOn(rp.transitional, first);
  const g = valueOn(parameters.basicAmount.grunnbelop, first, { asKnownOn });
  const threshold = rule.value.thresholdInG.mul(Rational.fromDecimal(g.value));
  const excess = perYear.sub(threshold).max(Rational.ZERO);
  const divisors = valueOn(rp.divisors, first);
  const yearly = rule.value.share.mul(excess);
  // The reduction rests on the rule, G (its 0.5 G threshold) and the month divisor: as certain as the weakest.
  const basis = weakestBasis(rule.basis, g.basis, divisors.basis);
  return { rule, g, divisors, basis, threshold, yearly, monthly: yearly.div(Rational.of(divisors.value.month)), rp };
}

const MESSAGE = /* @__PURE__ */ leadMessage('Samordning med overgangsstønad', 'Offset against transitional benefit');

/** The month's deduction for overgangsstønad. @internal */
export function transitionalDeduction(
  perYear: Money | undefined,
  share: Rational,
  c: { month: string; regime: StipendRegime; asKnownOn?: string | undefined },
  parameters: StipendSlices,
  explain: boolean,
): PendingDeduction[] {
  if (perYear === undefined || perYear.isZero()) return [];
  const t = transitionalReduction(moneyToRational(perYear), c.month, c.regime, parameters, c.asKnownOn);
  const partial = share.compare(Rational.ONE) !== 0;
  const detail = (l: 'nb' | 'en') =>
    `${l === 'nb' ? '40 % av' : '40 % of'} (${showMoney(perYear, l)} − ${showMoney(t.threshold, l)}) = ${showMoney(t.yearly, l)} ${l === 'nb' ? 'per år' : 'a year'}; / 12${partial ? ` × ${share.toString()}` : ''}`;
  return [
    {
      kind: 'transitionalBenefit',
      exact: t.monthly.mul(share),
      info: explain
        ? {
            rule: 'stipend.transitional-benefit',
            message: MESSAGE,
            params: { detail: { nb: detail('nb'), en: detail('en') } },
            reference: t.rule.reference,
            basis: t.basis,
            used: [
              usedValue(t.rp.transitional, t.rule, showTransitionalRule),
              usedValue(parameters.basicAmount.grunnbelop, t.g, (v) => v.toString()),
              usedValue(t.rp.divisors, t.divisors, showDivisors),
            ],
          }
        : undefined,
    },
  ];
}

/** Input to {@link transitionalBenefitReduction}. */
export const transitionalBenefitReductionInputSchema = /* @__PURE__ */ z.strictObject({
  regime: stipendRegimeSchema,
  month: isoMonthSchema,
  /** Overgangsstønad, kroner a year. */
  transitionalBenefitPerYear: nonNegativeMoneySchema,
  asKnownOn: isoDateSchema.optional(),
});

/** Input to {@link transitionalBenefitReduction}, as callers write it. */
export type TransitionalBenefitReductionInput = z.input<typeof transitionalBenefitReductionInputSchema>;

/**
 * The reduction of the stipend for overgangsstønad, a year and a (full) month, each rounded half-up to øre.
 *
 * @example
 * ```ts
 * import { transitionalBenefitReduction } from 'integreringsregler';
 * // 0.40 × (200 000 − 124 028 / 2) = 55 194.40 a year; / 12 = 4 599.53 a month
 * const r = transitionalBenefitReduction({ regime: 'introduksjonsloven', month: '2024-06', transitionalBenefitPerYear: '200000' });
 * r.value.yearly.toString(); // '55194.4'
 * r.value.monthly.toString(); // '4599.53'
 * ```
 */
export function transitionalBenefitReduction(
  input: TransitionalBenefitReductionInput,
  options?: RuleOptions,
): Explained<{ yearly: Money; monthly: Money }> {
  const c = parseInput(transitionalBenefitReductionInputSchema, input);
  const { parameters, explain } = resolveStipendOptions(options);
  const t = transitionalReduction(moneyToRational(c.transitionalBenefitPerYear), c.month, c.regime, parameters, c.asKnownOn);
  const value = { yearly: roundHalfUpToOre(t.yearly), monthly: roundHalfUpToOre(t.monthly) };
  if (!explain) return { value, explanation: EMPTY_EXPLANATION };
  const [line] = transitionalDeduction(c.transitionalBenefitPerYear, Rational.ONE, c, parameters, true);
  const info = line?.info;
  return {
    value,
    explanation: { steps: info ? [step({ ...info, amount: value.monthly })] : [] },
  };
}
