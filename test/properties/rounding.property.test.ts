/** Invariants of the named roundings, for any exact amount. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUNDING_NAMES, Rational, moneyToRational, round, roundHalfEvenToOre, roundHalfUpToOre } from '../../src/index.js';
import { RUNS, rational } from './arbitraries.js';

const HALF_ORE = Rational.of(1, 200);
const HALF_KRONE = Rational.of(1, 2);
const ORE = Rational.of(1, 100);

describe('rounding: properties', () => {
  it('every rounding gives a finite amount with at most two decimals (none for the krone roundings)', () => {
    fc.assert(
      fc.property(rational, fc.constantFrom(...ROUNDING_NAMES), (x, name) => {
        const r = round(x, name);
        expect(r.isFinite()).toBe(true);
        expect(r.isNaN()).toBe(false);
        expect(r.decimalPlaces()).toBeLessThanOrEqual(name.endsWith('Krone') ? 0 : 2);
      }),
      RUNS,
    );
  });

  it('rounding is idempotent: round(round(x)) = round(x)', () => {
    fc.assert(
      fc.property(rational, fc.constantFrom(...ROUNDING_NAMES), (x, name) => {
        const once = round(x, name);
        expect(round(once, name).eq(once)).toBe(true);
        expect(round(moneyToRational(once), name).eq(once)).toBe(true);
      }),
      RUNS,
    );
  });

  it('half-up and half-even to øre move an amount by at most half an øre', () => {
    fc.assert(
      fc.property(rational, (x) => {
        for (const r of [roundHalfUpToOre(x), roundHalfEvenToOre(x)]) {
          const diff = moneyToRational(r).sub(x);
          expect(diff.compare(HALF_ORE)).toBeLessThanOrEqual(0);
          expect(diff.compare(HALF_ORE.neg())).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it('half-up to krone moves an amount by at most 50 øre; cutting moves it toward zero by less than a unit', () => {
    fc.assert(
      fc.property(rational, (x) => {
        const krone = moneyToRational(round(x, 'halfUpToKrone')).sub(x);
        expect(krone.compare(HALF_KRONE) <= 0 && krone.compare(HALF_KRONE.neg()) >= 0).toBe(true);
        const down = moneyToRational(round(x, 'downToOre'));
        // |down| ≤ |x| and |x| − |down| < 1 øre
        const absX = x.sign() < 0 ? x.neg() : x;
        const absDown = down.sign() < 0 ? down.neg() : down;
        expect(absDown.compare(absX)).toBeLessThanOrEqual(0);
        expect(absX.sub(absDown).compare(ORE)).toBe(-1);
        expect(down.sign() === 0 || down.sign() === x.sign()).toBe(true);
      }),
      RUNS,
    );
  });

  it('rounding a negation is the negation of the rounding (half-up, half-even, down are symmetric)', () => {
    fc.assert(
      fc.property(rational, fc.constantFrom(...ROUNDING_NAMES), (x, name) => {
        expect(round(x.neg(), name).eq(round(x, name).neg())).toBe(true);
      }),
      RUNS,
    );
  });

  it('rounding is monotone: x ≤ y gives round(x) ≤ round(y)', () => {
    fc.assert(
      fc.property(rational, rational, fc.constantFrom(...ROUNDING_NAMES), (a, b, name) => {
        const [x, y] = a.compare(b) <= 0 ? [a, b] : [b, a];
        expect(round(x, name).lte(round(y, name))).toBe(true);
      }),
      RUNS,
    );
  });

  it('an amount already in whole øre is left exactly as it is', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (ore) => {
        const x = Rational.of(ore, 100);
        for (const name of ['halfUpToOre', 'halfEvenToOre', 'downToOre'] as const) {
          expect(moneyToRational(round(x, name)).compare(x)).toBe(0);
        }
      }),
      RUNS,
    );
  });
});
