import DecimalJs from 'decimal.js';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError, money, moneySchema, nonNegativeMoneySchema, parseInput } from '../../src/index.js';

describe('money inputs', () => {
  it('accepts text, Decimals and numbers with at most two decimals', () => {
    expect(parseInput(moneySchema, '1005.63').toString()).toBe('1005.63');
    expect(parseInput(moneySchema, 200_000).toString()).toBe('200000');
    expect(parseInput(moneySchema, 0.1).toString()).toBe('0.1');
    expect(parseInput(moneySchema, new DecimalJs('12.5')).toString()).toBe('12.5');
  });
  it('rejects floats with more than two decimals, NaN and Infinity, naming the problem', () => {
    for (const bad of [0.1 + 0.2, 1 / 3, Number.NaN, Number.POSITIVE_INFINITY, '12.345', '1,5', '', new DecimalJs('0.001')]) {
      const r = moneySchema.safeParse(bad);
      expect(r.success, String(bad)).toBe(false);
    }
    try {
      parseInput(moneySchema, 0.1 + 0.2);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const issue = (e as InputError).issues[0];
      expect(issue?.code).toBe('invalid_money');
      expect(issue?.message.nb).toContain('mer enn to desimaler');
      expect(issue?.message.en).toContain('more than two decimals');
    }
  });
  it('rejects negative amounts where they make no sense', () => {
    expect(nonNegativeMoneySchema.safeParse('-0.01').success).toBe(false);
    expect(nonNegativeMoneySchema.safeParse('0').success).toBe(true);
  });
  it('money() throws the input error too', () => {
    expect(() => money('abc')).toThrow(InputError);
  });

  describe("leaves the host's global decimal.js configuration alone", () => {
    const saved = DecimalJs.precision;
    afterEach(() => {
      DecimalJs.set({ precision: saved, rounding: DecimalJs.ROUND_HALF_UP });
    });
    it('computes the same when the host sets precision 5 and rounding down', () => {
      DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN });
      expect(money('20671.33').plus(money('1005.63')).toString()).toBe('21676.96');
    });
  });
});
