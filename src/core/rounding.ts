/**
 * Rounding as a named choice, applied once, at the end, where the law or paying practice says.
 *
 * No Act prescribes how the introduction stipend is rounded. The ministry's own worked figures (letters to
 * the municipalities of 2004) come out of exact fractions rounded half-up to whole øre, so
 * {@link roundHalfUpToOre} is the library's default for amounts to pay; whole-krone rounding is offered as
 * a named alternative for municipalities whose payroll pays whole kroner.
 *
 * "Half up" means a half is rounded away from zero (2.345 → 2.35, −2.345 → −2.35), as in decimal.js's
 * `ROUND_HALF_UP`.
 * @module
 */
import type DecimalJs from 'decimal.js';
import { Decimal, type Money } from './money.js';
import { Rational } from './rational.js';

/** The named roundings the library offers. */
export type RoundingName = 'halfUpToOre' | 'halfUpToKrone' | 'halfEvenToOre' | 'downToOre' | 'downToKrone';

/** Every rounding name, for schemas and menus. */
export const ROUNDING_NAMES: readonly RoundingName[] = ['halfUpToOre', 'halfUpToKrone', 'halfEvenToOre', 'downToOre', 'downToKrone'];

type Mode = 'halfUp' | 'halfEven' | 'down';

function toRational(x: Rational | DecimalJs): Rational {
  return x instanceof Rational ? x : Rational.fromDecimal(x);
}

function roundScaled(x: Rational, decimals: 0 | 2, mode: Mode): Money {
  const scale = decimals === 2 ? 100n : 1n;
  const scaled = x.num * scale;
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  let q = abs / x.den;
  const twiceRem = (abs % x.den) * 2n;
  if (mode === 'halfUp' && twiceRem >= x.den) q += 1n;
  if (mode === 'halfEven' && (twiceRem > x.den || (twiceRem === x.den && q % 2n === 1n))) q += 1n;
  const signed = negative ? -q : q;
  return decimals === 2 ? new Decimal(signed.toString()).div(100) : new Decimal(signed.toString());
}

/**
 * Rounds an exact amount half-up to whole øre (two decimals). The default for amounts to pay.
 *
 * @example
 * ```ts
 * import { Rational, roundHalfUpToOre } from 'integreringsregler';
 * roundHalfUpToOre(Rational.of(248_056, 12)).toString(); // '20671.33'
 * roundHalfUpToOre(Rational.of(1, 200)).toString(); // '0.01' (a half øre rounds up)
 * ```
 */
export function roundHalfUpToOre(x: Rational | DecimalJs): Money {
  return roundScaled(toRational(x), 2, 'halfUp');
}

/**
 * Rounds an exact count half-up to two decimals: for figures that are not money — an average number of
 * participants, adviser full-time equivalents, hours — shown to the hundredth. The arithmetic is that of
 * {@link roundHalfUpToOre}; the name says what is rounded.
 *
 * @example
 * ```ts
 * import { Rational, roundHalfUpToHundredths } from 'integreringsregler';
 * roundHalfUpToHundredths(Rational.of(137, 12)).toString(); // '11.42' (an average of 137 participant-months over 12)
 * roundHalfUpToHundredths(Rational.of(1, 8)).toString(); // '0.13'
 * ```
 */
export function roundHalfUpToHundredths(x: Rational | DecimalJs): DecimalJs {
  return roundScaled(toRational(x), 2, 'halfUp');
}

/**
 * Rounds an exact amount half-up to whole kroner.
 *
 * @example
 * ```ts
 * import { Rational, roundHalfUpToKrone } from 'integreringsregler';
 * roundHalfUpToKrone(Rational.of(248_056, 12)).toString(); // '20671'
 * ```
 */
export function roundHalfUpToKrone(x: Rational | DecimalJs): Money {
  return roundScaled(toRational(x), 0, 'halfUp');
}

/**
 * Rounds half to even ("banker's rounding") to whole øre.
 *
 * @example
 * ```ts
 * import { Rational, roundHalfEvenToOre } from 'integreringsregler';
 * roundHalfEvenToOre(Rational.of(1, 200)).toString(); // '0'
 * roundHalfEvenToOre(Rational.of(3, 200)).toString(); // '0.02'
 * ```
 */
export function roundHalfEvenToOre(x: Rational | DecimalJs): Money {
  return roundScaled(toRational(x), 2, 'halfEven');
}

/**
 * Cuts to whole øre toward zero (never pays a part of an øre).
 *
 * @example
 * ```ts
 * import { Rational, roundDownToOre } from 'integreringsregler';
 * roundDownToOre(Rational.of(2, 3)).toString(); // '0.66'
 * ```
 */
export function roundDownToOre(x: Rational | DecimalJs): Money {
  return roundScaled(toRational(x), 2, 'down');
}

/**
 * Cuts to whole kroner toward zero.
 *
 * @example
 * ```ts
 * import { Rational, roundDownToKrone } from 'integreringsregler';
 * roundDownToKrone(Rational.of(248_056, 12)).toString(); // '20671'
 * ```
 */
export function roundDownToKrone(x: Rational | DecimalJs): Money {
  return roundScaled(toRational(x), 0, 'down');
}

const ROUNDINGS: Record<RoundingName, (x: Rational | DecimalJs) => Money> = {
  halfUpToOre: roundHalfUpToOre,
  halfUpToKrone: roundHalfUpToKrone,
  halfEvenToOre: roundHalfEvenToOre,
  downToOre: roundDownToOre,
  downToKrone: roundDownToKrone,
};

/**
 * Rounds with the rounding of the given name.
 *
 * @example
 * ```ts
 * import { Rational, round } from 'integreringsregler';
 * round(Rational.of(2_001, 2), 'halfUpToKrone').toString(); // '1001'
 * ```
 */
export function round(x: Rational | DecimalJs, rounding: RoundingName): Money {
  return ROUNDINGS[rounding](x);
}
