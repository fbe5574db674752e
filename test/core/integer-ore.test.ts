import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational, moneyFromOre, roundHalfUpToOre, roundRatioHalfUpToOre } from '../../src/index.js';
import { RUNS } from '../properties/arbitraries.js';

describe('integer øre ratios', () => {
  it('rounds the stipend figures of May 2024 like the Rational path', () => {
    // 2 G = 248 056 kr = 24 805 600 øre a year; ÷ 12 = 2 067 133.33… øre → 20 671.33 kr
    expect(roundRatioHalfUpToOre(24_805_600, 12)).toBe(2_067_133);
    // two thirds: 24 805 600 × 2 / 36 = 1 378 088.88… øre → 13 780.89 kr
    expect(roundRatioHalfUpToOre(24_805_600 * 2, 36)).toBe(1_378_089);
    // 10 hours at yearly/1850: 248 056 000 / 1850 = 134 084.32… øre → 1 340.84 kr
    expect(roundRatioHalfUpToOre(24_805_600 * 10, 1850)).toBe(134_084);
  });
  it('rounds a half away from zero, and leaves whole øre alone', () => {
    expect(roundRatioHalfUpToOre(5, 2)).toBe(3);
    expect(roundRatioHalfUpToOre(-5, 2)).toBe(-3);
    expect(roundRatioHalfUpToOre(7, 3)).toBe(2); // 2.33…
    expect(roundRatioHalfUpToOre(-7, 3)).toBe(-2);
    expect(roundRatioHalfUpToOre(8, 3)).toBe(3); // 2.66…
    expect(roundRatioHalfUpToOre(0, 7)).toBe(0);
    expect(roundRatioHalfUpToOre(-1, 3)).toBe(0); // not −0
    expect(roundRatioHalfUpToOre(42, 1)).toBe(42);
  });
  it('refuses anything that could lose exactness', () => {
    expect(() => roundRatioHalfUpToOre(2 ** 53, 3)).toThrow(RangeError);
    expect(() => roundRatioHalfUpToOre(1.5, 3)).toThrow(RangeError);
    expect(() => roundRatioHalfUpToOre(1, 0)).toThrow(/positive/);
    expect(() => roundRatioHalfUpToOre(1, -2)).toThrow(/positive/);
    expect(() => roundRatioHalfUpToOre(1, Number.NaN)).toThrow(RangeError);
    expect(() => moneyFromOre(0.5)).toThrow(RangeError);
  });
  it('writes øre as kroner without a division', () => {
    expect(moneyFromOre(0).toString()).toBe('0');
    expect(moneyFromOre(7).toFixed(2)).toBe('0.07');
    expect(moneyFromOre(-107).toFixed(2)).toBe('-1.07');
    expect(moneyFromOre(12_345_678).toFixed(2)).toBe('123456.78');
  });
  it('agrees with Rational + roundHalfUpToOre for every safe ratio (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (n, d) => {
          const viaRational = roundHalfUpToOre(Rational.of(n, BigInt(d) * 100n));
          expect(moneyFromOre(roundRatioHalfUpToOre(n, d)).eq(viaRational)).toBe(true);
        },
      ),
      RUNS,
    );
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.integer({ min: 1, max: 200_000 }), (n, d) => {
        expect(moneyFromOre(roundRatioHalfUpToOre(n, d)).eq(roundHalfUpToOre(Rational.of(n, BigInt(d) * 100n)))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('integer øre ratios at the top of the safe range', () => {
  it('floors exactly where a float quotient sits closest to the next whole number', () => {
    // (2⁵³ − 1) / 3 = 3 002 399 751 580 330.33… → 3 002 399 751 580 330; (2⁵³ − 2) / 3 = ….66… → …331
    expect(roundRatioHalfUpToOre(Number.MAX_SAFE_INTEGER, 3)).toBe(3_002_399_751_580_330);
    expect(roundRatioHalfUpToOre(Number.MAX_SAFE_INTEGER - 1, 3)).toBe(3_002_399_751_580_330);
    // 2⁵³ − 1 = 9 007 199 254 740 991 over (2⁵³ − 1) − 1 is 1.000…0001 → 1; over 2 it is ….5 → up
    expect(roundRatioHalfUpToOre(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1)).toBe(1);
    expect(roundRatioHalfUpToOre(Number.MAX_SAFE_INTEGER, 2)).toBe(4_503_599_627_370_496);
    expect(roundRatioHalfUpToOre(-Number.MAX_SAFE_INTEGER, 2)).toBe(-4_503_599_627_370_496);
  });
});
