/**
 * The edges of the core's accepted ranges, each side of each limit (the tests mutation testing asks for:
 * a limit moved by one must fail a test).
 */
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  MAX_MONEY_KRONER,
  Rational,
  addMonthsToMonth,
  ageOn,
  daysInMonth,
  lastDayOfMonth,
  money,
  moneySchema,
  monthsFromTo,
  tryParseIsoDate,
  tryParseIsoMonth,
} from '../../src/index.js';

describe('date and month limits', () => {
  it('years 1900 to 2199, months 1 to 12, days 1 to the month length', () => {
    expect(tryParseIsoDate('1899-12-31')).toBeUndefined();
    expect(tryParseIsoDate('1900-01-01')).toEqual({ year: 1900, month: 1, day: 1 });
    expect(tryParseIsoDate('2199-12-31')).toEqual({ year: 2199, month: 12, day: 31 });
    expect(tryParseIsoDate('2200-01-01')).toBeUndefined();
    expect(tryParseIsoDate('2024-00-10')).toBeUndefined();
    expect(tryParseIsoDate('2024-13-10')).toBeUndefined();
    expect(tryParseIsoDate('2024-04-00')).toBeUndefined();
    expect(tryParseIsoDate('2024-04-30')).toEqual({ year: 2024, month: 4, day: 30 });
    expect(tryParseIsoDate('2024-04-31')).toBeUndefined();
    expect(tryParseIsoDate(' 2024-04-30')).toBeUndefined();
    expect(tryParseIsoDate('2024-04-30x')).toBeUndefined();
    expect(tryParseIsoMonth('1899-12')).toBeUndefined();
    expect(tryParseIsoMonth('1900-01')).toEqual({ year: 1900, month: 1 });
    expect(tryParseIsoMonth('2199-12')).toEqual({ year: 2199, month: 12 });
    expect(tryParseIsoMonth('2200-01')).toBeUndefined();
    expect(tryParseIsoMonth('2024-00')).toBeUndefined();
    expect(tryParseIsoMonth('2024-12')).toEqual({ year: 2024, month: 12 });
    expect(tryParseIsoMonth('2024-05-01')).toBeUndefined();
    expect(tryParseIsoMonth('x2024-05')).toBeUndefined();
  });

  it('age turns on the birthday, in the birth month too', () => {
    expect(ageOn('2000-05-15', '2024-05-14')).toBe(23);
    expect(ageOn('2000-05-15', '2024-05-15')).toBe(24);
    expect(ageOn('2000-05-15', '2024-06-01')).toBe(24);
    expect(ageOn('2000-05-15', '2024-04-30')).toBe(23);
    expect(ageOn('2000-02-29', '2023-02-28')).toBe(22);
    expect(ageOn('2000-02-29', '2023-03-01')).toBe(23);
  });

  it('months: back across a year, an empty range, last days', () => {
    expect(addMonthsToMonth('2024-01', -1)).toBe('2023-12');
    expect(addMonthsToMonth('2024-12', 1)).toBe('2025-01');
    expect(addMonthsToMonth('2024-05', 0)).toBe('2024-05');
    expect(monthsFromTo('2024-05', '2024-04')).toEqual([]);
    expect(monthsFromTo('2024-05', '2024-05')).toEqual(['2024-05']);
    expect(lastDayOfMonth('2023-02')).toBe('2023-02-28');
    expect(lastDayOfMonth('2024-12')).toBe('2024-12-31');
    expect(daysInMonth('2024-04')).toBe(30);
    expect(() => daysInMonth('2024-13')).toThrow(RangeError);
  });
});

describe('money limits', () => {
  it('up to 16 integer digits and two decimals as text, within ±MAX_MONEY_KRONER', () => {
    expect(moneySchema.safeParse('1000000000000').success).toBe(true);
    expect(moneySchema.safeParse('-1000000000000').success).toBe(true);
    expect(moneySchema.safeParse('1000000000000.01').success).toBe(false);
    expect(moneySchema.safeParse(MAX_MONEY_KRONER + 1).success).toBe(false);
    expect(moneySchema.safeParse('12.3').success).toBe(true);
    expect(moneySchema.safeParse('12.').success).toBe(false);
    expect(moneySchema.safeParse('.5').success).toBe(false);
    expect(moneySchema.safeParse('+5').success).toBe(false);
    expect(moneySchema.safeParse('  42.50 ').success).toBe(true);
    expect(money(' 7 ').toString()).toBe('7');
    expect(money(new DecimalJs('3.10')).toString()).toBe('3.1');
    expect(() => money(new DecimalJs('Infinity'))).toThrow(/not finite/);
    expect(() => money(new DecimalJs('1.005'))).toThrow(/more than two decimals/);
    expect(() => money(Number.NaN)).toThrow(/not a finite amount/);
    expect(() => money(1e21)).toThrow(/more than two decimals \(or is too large\)/);
    expect(() => money(true as unknown as string)).toThrow(/must be an amount/);
  });
});

describe('Rational edges', () => {
  it('reads exponents, signs and surrounding spaces; writes whole numbers without a denominator', () => {
    expect(Rational.fromDecimal('1.5e2').toString()).toBe('150');
    expect(Rational.fromDecimal('15e-1').toString()).toBe('3/2');
    expect(Rational.fromDecimal(' -0.25 ').toString()).toBe('-1/4');
    expect(Rational.fromDecimal('2E+1').toString()).toBe('20');
    expect(() => Rational.fromDecimal('1.2.3')).toThrow(RangeError);
    expect(Rational.of(6, -4).toString()).toBe('-3/2');
    expect(Rational.of(0, 5)).toEqual(Rational.ZERO);
    expect(JSON.stringify({ r: Rational.of(2, 3), w: Rational.of(4, 2) })).toBe('{"r":"2/3","w":"2"}');
    expect(Rational.of(1, 3).min(Rational.of(1, 3)).toString()).toBe('1/3');
    expect(Rational.of(-1, 3).max(Rational.of(1, 4)).toString()).toBe('1/4');
    expect(Rational.of(-1, 3).min(Rational.of(1, 4)).toString()).toBe('-1/3');
    expect(Rational.of(5n, 1n).neg().toString()).toBe('-5');
    expect(() => Rational.of(1, 2 ** 53)).toThrow(/not a safe integer/);
  });
});
