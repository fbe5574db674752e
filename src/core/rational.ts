/**
 * Exact fractions of whole numbers, so that amounts like 2 G × 2/3 ÷ 12 or 1/1850 of a yearly amount stay
 * exact until the one rounding step the law or paying practice calls for (see `rounding.ts`).
 *
 * Decimal arithmetic cannot hold 1/3 or 1/12 exactly; a rounding in the middle of a computation can move
 * the final øre. A {@link Rational} is a numerator and a positive denominator as `bigint`, always reduced,
 * so equal values are equal objects field by field.
 * @module
 */
import type Decimal from 'decimal.js';

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

const DECIMAL_TEXT = /^(-)?(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/**
 * An exact rational number `num / den` with `den > 0`, reduced to lowest terms. Immutable.
 *
 * @example
 * ```ts
 * import { Rational } from 'integreringsregler';
 * const month = Rational.of(248_056).div(Rational.of(12)); // 2 G for May 2024, one month
 * month.toString(); // '62014/3'
 * ```
 */
export class Rational {
  /** The numerator (carries the sign). */
  readonly num: bigint;
  /** The denominator, always positive. */
  readonly den: bigint;

  private constructor(num: bigint, den: bigint) {
    this.num = num;
    this.den = den;
  }

  /** Zero. */
  static readonly ZERO = new Rational(0n, 1n);
  /** One. */
  static readonly ONE = new Rational(1n, 1n);

  /**
   * The fraction `num / den` of two whole numbers (a `number` must be a safe integer).
   * @throws RangeError when a number is not a safe integer or the denominator is zero.
   */
  static of(num: bigint | number, den: bigint | number = 1n): Rational {
    const n = toBigInt(num);
    const d = toBigInt(den);
    if (d === 0n) throw new RangeError('Rational: denominator is zero');
    const sign = d < 0n ? -1n : 1n;
    const g = gcd(n, d) || 1n;
    return new Rational((sign * n) / g, (sign * d) / g);
  }

  /**
   * The exact value of a finite decimal, given as a decimal.js `Decimal` or as decimal text (`'0.4'`).
   * @throws RangeError when the value is not a finite decimal.
   */
  static fromDecimal(value: Decimal | string): Rational {
    const text = typeof value === 'string' ? value.trim() : value.toString();
    const m = DECIMAL_TEXT.exec(text);
    if (m === null) throw new RangeError(`Rational: not a finite decimal: ${text}`);
    const digits = (m[2] ?? '') + (m[3] ?? '');
    let scale = (m[3] ?? '').length - Number(m[4] ?? '0');
    let num = BigInt(digits);
    if (scale < 0) {
      num *= 10n ** BigInt(-scale);
      scale = 0;
    }
    return Rational.of(m[1] === '-' ? -num : num, 10n ** BigInt(scale));
  }

  /** this + other */
  add(other: Rational): Rational {
    return Rational.of(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  /** this − other */
  sub(other: Rational): Rational {
    return Rational.of(this.num * other.den - other.num * this.den, this.den * other.den);
  }

  /** this × other */
  mul(other: Rational): Rational {
    return Rational.of(this.num * other.num, this.den * other.den);
  }

  /**
   * this ÷ other
   * @throws RangeError when dividing by zero.
   */
  div(other: Rational): Rational {
    if (other.num === 0n) throw new RangeError('Rational: division by zero');
    return Rational.of(this.num * other.den, this.den * other.num);
  }

  /** −this */
  neg(): Rational {
    return new Rational(-this.num, this.den);
  }

  /** Negative, zero or positive as this is less than, equal to or greater than `other`. */
  compare(other: Rational): -1 | 0 | 1 {
    const l = this.num * other.den;
    const r = other.num * this.den;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  /** −1, 0 or 1. */
  sign(): -1 | 0 | 1 {
    return this.num < 0n ? -1 : this.num > 0n ? 1 : 0;
  }

  /** True when the value is zero. */
  isZero(): boolean {
    return this.num === 0n;
  }

  /** The smaller of this and `other`. */
  min(other: Rational): Rational {
    return this.compare(other) <= 0 ? this : other;
  }

  /** The larger of this and `other`. */
  max(other: Rational): Rational {
    return this.compare(other) >= 0 ? this : other;
  }

  /** `num/den` (or just `num` for whole numbers). */
  toString(): string {
    return this.den === 1n ? this.num.toString() : `${this.num}/${this.den}`;
  }

  /** JSON form: the same as {@link Rational.toString}. */
  toJSON(): string {
    return this.toString();
  }
}

function toBigInt(v: bigint | number): bigint {
  if (typeof v === 'bigint') return v;
  if (!Number.isSafeInteger(v)) throw new RangeError(`Rational: ${v} is not a safe integer`);
  return BigInt(v);
}
