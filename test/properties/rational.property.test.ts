/** Rational is an exact field: the laws hold for every value, and values are always in lowest terms. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, Rational } from '../../src/index.js';
import { RUNS, nonZeroRational, rational } from './arbitraries.js';

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

const same = (a: Rational, b: Rational): void => {
  expect(a.compare(b) === 0 && a.num === b.num && a.den === b.den).toBe(true);
};

describe('Rational: field laws', () => {
  it('addition and multiplication commute and associate', () => {
    fc.assert(
      fc.property(rational, rational, rational, (a, b, c) => {
        same(a.add(b), b.add(a));
        same(a.mul(b), b.mul(a));
        same(a.add(b).add(c), a.add(b.add(c)));
        same(a.mul(b).mul(c), a.mul(b.mul(c)));
      }),
      RUNS,
    );
  });

  it('multiplication distributes over addition', () => {
    fc.assert(
      fc.property(rational, rational, rational, (a, b, c) => {
        same(a.mul(b.add(c)), a.mul(b).add(a.mul(c)));
      }),
      RUNS,
    );
  });

  it('division undoes multiplication and subtraction undoes addition: (a·b)/b = a, (a+b)−b = a', () => {
    fc.assert(
      fc.property(rational, nonZeroRational, (a, b) => {
        same(a.mul(b).div(b), a);
        same(a.add(b).sub(b), a);
        same(a.sub(a), Rational.ZERO);
        same(a.add(a.neg()), Rational.ZERO);
        same(b.div(b), Rational.ONE);
      }),
      RUNS,
    );
  });

  it('every value is reduced with a positive denominator, so equal values have equal fields', () => {
    fc.assert(
      fc.property(rational, rational, (a, b) => {
        for (const r of [a.add(b), a.sub(b), a.mul(b), a.neg()]) {
          expect(r.den > 0n).toBe(true);
          expect(gcd(r.num, r.den)).toBe(1n);
        }
      }),
      RUNS,
    );
  });

  it('compare, sign, min and max agree with subtraction', () => {
    fc.assert(
      fc.property(rational, rational, (a, b) => {
        expect(a.compare(b)).toBe(a.sub(b).sign());
        expect(b.compare(a)).toBe(-a.compare(b) || 0);
        expect(a.min(b).compare(a.max(b))).toBeLessThanOrEqual(0);
        expect(a.isZero()).toBe(a.sign() === 0);
      }),
      RUNS,
    );
  });

  it('reads any finite decimal exactly: fromDecimal(n / 10^k) = n/10^k', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }), (n, k) => {
        const text = new Decimal(n.toString()).div(new Decimal(10).pow(k)).toFixed();
        same(Rational.fromDecimal(text), Rational.of(n, 10n ** BigInt(k)));
        same(Rational.fromDecimal(new Decimal(text)), Rational.of(n, 10n ** BigInt(k)));
      }),
      RUNS,
    );
  });
});
