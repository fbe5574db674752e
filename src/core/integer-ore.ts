/**
 * Exact amounts as whole numbers on the hot path: an amount in øre written as `numerator / denominator`
 * with both safe integers (|n| < 2⁵³), rounded once to whole øre. The fractions in these rules have small
 * denominators (1/12, 2/3, 1/1850, 1/30), so over a common denominator a month's stipend is an integer
 * ratio well inside 2⁵³, and plain `number` arithmetic on integers is exact. This is what a bulk rule uses
 * instead of {@link Rational} where the bounds allow (see docs/performance.md: about 30× faster than
 * BigInt fractions); anything that could leave the safe range throws rather than lose exactness.
 * @module
 */
import { Decimal, type Money } from './money.js';

function assertSafe(name: string, v: number): void {
  if (!Number.isSafeInteger(v)) throw new RangeError(`integer øre: ${name} ${v} is not a safe integer; use Rational`);
}

/**
 * Rounds the exact amount `numerator / denominator` øre half-up (a half away from zero) to whole øre,
 * with integer arithmetic only.
 * @throws RangeError when either is not a safe integer or the denominator is not positive.
 *
 * @example
 * ```ts
 * import { roundRatioHalfUpToOre } from 'integreringsregler';
 * // 2 G (May 2024) ÷ 12 in øre: 24 805 600 / 12 = 2 067 133.33… → 2 067 133 øre
 * roundRatioHalfUpToOre(24_805_600, 12); // 2067133
 * roundRatioHalfUpToOre(1, 2); // 1 (half an øre rounds up)
 * roundRatioHalfUpToOre(-1, 2); // -1 (and away from zero when negative)
 * ```
 */
export function roundRatioHalfUpToOre(numerator: number, denominator: number): number {
  assertSafe('numerator', numerator);
  assertSafe('denominator', denominator);
  if (denominator <= 0) throw new RangeError('integer øre: the denominator must be positive');
  const whole = roundProvenRatioHalfUpToOre(numerator < 0 ? -numerator : numerator, denominator);
  return numerator < 0 && whole !== 0 ? -whole : whole; // never −0
}

/**
 * {@link roundRatioHalfUpToOre} without its checks, for a hot loop whose caller has already proven that the
 * numerator is a non-negative safe integer and the denominator a positive safe integer (the stipend rate
 * table proves it once per table, for every quantity a row may carry). @internal
 */
export function roundProvenRatioHalfUpToOre(numerator: number, denominator: number): number {
  // Exact: for safe integers the float quotient's error is below 1/denominator (it is at most
  // quotient·2⁻⁵³ < 2⁵³/denominator·2⁻⁵³), so it never reaches the next integer and its floor is the true
  // floor; numerator − whole·denominator is then an exact integer in [0, denominator).
  const whole = Math.floor(numerator / denominator);
  return 2 * (numerator - whole * denominator) >= denominator ? whole + 1 : whole;
}

/**
 * Money (a `Decimal` in kroner) from a whole number of øre, without a division.
 * @throws RangeError when the øre count is not a safe integer.
 *
 * @example
 * ```ts
 * import { moneyFromOre } from 'integreringsregler';
 * moneyFromOre(2_067_133).toString(); // '20671.33'
 * moneyFromOre(-5).toString(); // '-0.05'
 * ```
 */
export function moneyFromOre(ore: number): Money {
  assertSafe('øre', ore);
  const digits = String(ore < 0 ? -ore : ore).padStart(3, '0');
  return new Decimal(`${ore < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`);
}
