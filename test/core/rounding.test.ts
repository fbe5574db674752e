import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  Decimal,
  Rational,
  round,
  roundDownToKrone,
  roundDownToOre,
  roundHalfEvenToOre,
  roundHalfUpToKrone,
  roundHalfUpToOre,
} from '../../src/index.js';

describe('exact fractions', () => {
  it('keeps 1/12, 2/3 and 1/1850 exact', () => {
    // 2 G (May 2024) × 2/3 ÷ 12 = 248 056 × 2 / 36 = 496 112 / 36 = 124 028 / 9
    const month = Rational.of(248_056).mul(Rational.of(2, 3)).div(Rational.of(12));
    expect(month.toString()).toBe('124028/9');
    // Thirds add back up to exactly one whole.
    expect(Rational.of(1, 3).add(Rational.of(1, 3)).add(Rational.of(1, 3)).toString()).toBe('1');
  });
  it('reads decimals exactly', () => {
    expect(Rational.fromDecimal('0.40').toString()).toBe('2/5');
    expect(Rational.fromDecimal('-1005.63').toString()).toBe('-100563/100');
    expect(Rational.fromDecimal(new Decimal('1e3')).toString()).toBe('1000');
    expect(() => Rational.fromDecimal('NaN')).toThrow(RangeError);
  });
  it('refuses a zero denominator and unsafe numbers', () => {
    expect(() => Rational.of(1, 0)).toThrow(RangeError);
    expect(() => Rational.of(0.5)).toThrow(RangeError);
    expect(() => Rational.ONE.div(Rational.ZERO)).toThrow(RangeError);
  });
});

describe('named roundings', () => {
  // Worked by hand: 248 056 / 12 = 20 671.333…; 2/3 of it = 13 780.888…; 1/3 = 6 890.444…
  it('rounds the stipend figures of May 2024 half-up to øre', () => {
    expect(roundHalfUpToOre(Rational.of(248_056, 12)).toString()).toBe('20671.33');
    expect(roundHalfUpToOre(Rational.of(248_056 * 2, 36)).toString()).toBe('13780.89');
    expect(roundHalfUpToOre(Rational.of(248_056, 36)).toString()).toBe('6890.44');
  });
  it('rounds the 2004 ministry example the same way (2 G = 117 556)', () => {
    // month 117 556 / 12 = 9 796.333…; day 9 796.333… / 30 = 326.544…
    expect(roundHalfUpToOre(Rational.of(117_556, 12)).toString()).toBe('9796.33');
    expect(roundHalfUpToOre(Rational.of(117_556, 360)).toString()).toBe('326.54');
  });
  it('treats exact halves by the named rule', () => {
    const half = Rational.of(5, 1000); // 0.005 kr
    expect(roundHalfUpToOre(half).toString()).toBe('0.01');
    expect(roundHalfEvenToOre(half).toString()).toBe('0');
    expect(roundDownToOre(half).toString()).toBe('0');
    expect(roundHalfUpToOre(half.neg()).toString()).toBe('-0.01');
    expect(roundHalfUpToKrone(Rational.of(41, 2)).toString()).toBe('21');
    expect(roundDownToKrone(Rational.of(41, 2)).toString()).toBe('20');
    expect(round(Rational.of(41, 2), 'halfUpToKrone').toString()).toBe('21');
  });
  it('agrees with decimal.js ROUND_HALF_UP on any decimal (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 6 }), (units, scale) => {
        const text = new DecimalJs(units.toString()).div(10 ** scale).toFixed();
        const expected = new DecimalJs(text).toDecimalPlaces(2, DecimalJs.ROUND_HALF_UP);
        expect(roundHalfUpToOre(new Decimal(text)).eq(expected)).toBe(true);
      }),
    );
  });
  it('never leaves more than two decimals and moves a value by at most half an øre (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (n, d) => {
        const x = Rational.of(n, d);
        const r = roundHalfUpToOre(x);
        expect(r.decimalPlaces()).toBeLessThanOrEqual(2);
        const diff = Rational.fromDecimal(r).sub(x);
        expect(diff.compare(Rational.of(1, 200))).toBeLessThanOrEqual(0);
        expect(diff.compare(Rational.of(-1, 200))).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
