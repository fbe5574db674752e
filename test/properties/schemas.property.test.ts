/**
 * The boundary: any input a money, date or month schema accepts parses to a valid value, and any other input
 * gives the library's InputError — never a TypeError, never NaN.
 */
import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  MAX_MONEY_KRONER,
  formatIsoDate,
  isoDateSchema,
  isoMonthSchema,
  money,
  moneySchema,
  nonNegativeMoneySchema,
  parseInput,
  tryParseIsoDate,
  tryParseIsoMonth,
} from '../../src/index.js';
import { RUNS, isoDate, junk, outcome } from './arbitraries.js';

/** Whole øre within the accepted range, written as text with 0, 1 or 2 decimals. */
const moneyText = fc
  .tuple(fc.bigInt({ min: -BigInt(MAX_MONEY_KRONER) * 100n, max: BigInt(MAX_MONEY_KRONER) * 100n }), fc.constantFrom(0, 1, 2))
  .map(([ore, decimals]) => new DecimalJs(ore.toString()).div(100).toDecimalPlaces(decimals, DecimalJs.ROUND_DOWN).toFixed(decimals));

const moneyLike = fc.oneof(
  moneyText,
  moneyText.map(Number),
  moneyText.map((t) => new DecimalJs(t)),
  junk,
);

describe('money schema: properties', () => {
  it('accepted input is a finite Decimal with at most two decimals, equal to what was written', () => {
    fc.assert(
      fc.property(moneyText, (text) => {
        const d = parseInput(moneySchema, text);
        expect(d.isFinite()).toBe(true);
        expect(d.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(d.eq(new DecimalJs(text))).toBe(true);
        expect(money(text).eq(d)).toBe(true);
      }),
      RUNS,
    );
  });

  it('any input either parses to valid money or throws InputError', () => {
    fc.assert(
      fc.property(moneyLike, (input) => {
        for (const schema of [moneySchema, nonNegativeMoneySchema]) {
          const r = outcome(() => parseInput(schema, input));
          if (r.ok) {
            expect(r.value.isFinite()).toBe(true);
            expect(r.value.decimalPlaces()).toBeLessThanOrEqual(2);
            expect(r.value.abs().lte(MAX_MONEY_KRONER)).toBe(true);
            if (schema === nonNegativeMoneySchema) expect(r.value.isNegative()).toBe(false);
          } else {
            expect(r.inputError, String(r.error)).toBe(true);
          }
        }
        const m = outcome(() => money(input as string));
        if (!m.ok) expect(m.inputError, String(m.error)).toBe(true);
        else expect(m.value.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
      RUNS,
    );
  });

  it('a number with more than two decimals is refused, not rounded', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), (x) => {
        const r = moneySchema.safeParse(x);
        expect(r.success).toBe(Number.isFinite(x) && new DecimalJs(String(x)).decimalPlaces() <= 2 && !String(x).includes('e'));
      }),
      RUNS,
    );
  });
});

describe('date and month schemas: properties', () => {
  it('every real date in range is accepted and reads back to the same parts', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        expect(parseInput(isoDateSchema, date)).toBe(date);
        const p = tryParseIsoDate(date);
        expect(p === undefined ? undefined : formatIsoDate(p)).toBe(date);
        expect(parseInput(isoMonthSchema, date.slice(0, 7))).toBe(date.slice(0, 7));
      }),
      RUNS,
    );
  });

  it('any input either parses to a real date (month) or throws InputError', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          isoDate,
          isoDate.map((d) => d.slice(0, 7)),
          junk,
        ),
        (input) => {
          const d = outcome(() => parseInput(isoDateSchema, input));
          if (d.ok) expect(tryParseIsoDate(d.value)).toBeDefined();
          else expect(d.inputError, String(d.error)).toBe(true);
          const m = outcome(() => parseInput(isoMonthSchema, input));
          if (m.ok) expect(tryParseIsoMonth(m.value)).toBeDefined();
          else expect(m.inputError, String(m.error)).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
