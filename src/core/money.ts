/**
 * Money: exact decimal kroner, as decimal.js values from a private `Decimal.clone()` so the library never
 * touches the global decimal.js configuration a host application may rely on.
 *
 * Money inputs are accepted as decimal text (`'1234.50'`), as a decimal.js `Decimal`, or as a JavaScript
 * number **only** when its shortest written form has at most two decimals (`1234.5` yes, `0.1 + 0.2` no):
 * such a number stands for exactly the decimal it is written as. Anything else is an input error, never
 * a silently rounded amount. Money outputs are always `Decimal`s with at most two decimals.
 * @module
 */
import DecimalJs from 'decimal.js';
import * as z from 'zod';
import { inputError } from './errors.js';
import { Rational } from './rational.js';
import { localizedIssue } from './validate.js';

/**
 * The library's own decimal.js constructor (a clone: 40 significant digits, half-up). Use it, or any
 * decimal.js `Decimal`, to pass money in.
 */
export const Decimal = /* @__PURE__ */ DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP, toExpNeg: -20, toExpPos: 30 });

/** A decimal.js value. Money amounts the library returns are of this type, with at most two decimals. */
export type Decimal = DecimalJs;

/** An amount in Norwegian kroner (NOK), exact, at most two decimals when it comes out of the library. */
export type Money = DecimalJs;

/** What a caller may pass where money is expected. */
export type MoneyInput = string | number | DecimalJs;

/** The largest amount, in kroner, the library accepts (far above any sum in a municipal budget). */
export const MAX_MONEY_KRONER = 1_000_000_000_000;

const MONEY_TEXT = /^-?\d{1,16}(\.\d{1,2})?$/;

function moneyText(value: unknown): string | { problem: { nb: string; en: string } } {
  if (typeof value === 'string') {
    const t = value.trim();
    if (MONEY_TEXT.test(t)) return t;
    return {
      problem: {
        nb: `«${value}» er ikke et beløp i kroner med høyst to desimaler (f.eks. «1234.50»)`,
        en: `"${value}" is not an amount in kroner with at most two decimals (e.g. "1234.50")`,
      },
    };
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { problem: { nb: `${value} er ikke et endelig beløp`, en: `${value} is not a finite amount` } };
    const t = String(value);
    if (MONEY_TEXT.test(t)) return t;
    return {
      problem: {
        nb: `tallet ${t} har mer enn to desimaler (eller er for stort); send beløpet som tekst, f.eks. «1234.50»`,
        en: `the number ${t} has more than two decimals (or is too large); pass the amount as text, e.g. "1234.50"`,
      },
    };
  }
  if (DecimalJs.isDecimal(value)) {
    const d = value as DecimalJs;
    if (!d.isFinite()) return { problem: { nb: 'beløpet er ikke endelig', en: 'the amount is not finite' } };
    if (d.decimalPlaces() > 2)
      return { problem: { nb: `${d.toString()} har mer enn to desimaler`, en: `${d.toString()} has more than two decimals` } };
    return d.toFixed();
  }
  return { problem: { nb: 'må være et beløp (tekst, tall eller Decimal)', en: 'must be an amount (text, number or Decimal)' } };
}

function moneyInRange(t: string): boolean {
  return new Decimal(t).abs().lte(MAX_MONEY_KRONER);
}

/**
 * Zod schema for an amount of money in kroner; outputs a `Decimal`. Accepts text, a `Decimal`, or a number
 * with at most two decimals (see the module notes).
 *
 * @example
 * ```ts
 * import { moneySchema } from 'integreringsregler';
 * moneySchema.parse('1005.63').toString(); // '1005.63'
 * moneySchema.parse(200000).toString(); // '200000'
 * moneySchema.safeParse(0.1 + 0.2).success; // false: 0.30000000000000004 is not money
 * ```
 */
export const moneySchema = /* @__PURE__ */ z
  .union([z.string(), z.number(), z.custom<DecimalJs>((v) => DecimalJs.isDecimal(v))])
  .transform((value, ctx) => {
    const t = moneyText(value);
    if (typeof t !== 'string') {
      ctx.addIssue(localizedIssue('invalid_money', t.problem));
      return z.NEVER;
    }
    if (!moneyInRange(t)) {
      ctx.addIssue(
        localizedIssue('invalid_money', {
          nb: `beløpet ${t} er utenfor det tillatte området`,
          en: `the amount ${t} is outside the allowed range`,
        }),
      );
      return z.NEVER;
    }
    return new Decimal(t) as Money;
  });

/**
 * Zod schema for an amount that may not be negative (a benefit, a wage, a cost).
 *
 * @example
 * ```ts
 * import { nonNegativeMoneySchema } from 'integreringsregler';
 * nonNegativeMoneySchema.safeParse('-1').success; // false
 * ```
 */
export const nonNegativeMoneySchema = /* @__PURE__ */ moneySchema.superRefine((value, ctx) => {
  if (value.isNegative()) {
    ctx.addIssue(localizedIssue('negative_money', { nb: 'beløpet kan ikke være negativt', en: 'the amount cannot be negative' }));
  }
});

/**
 * Money from text, a `Decimal` or a number with at most two decimals.
 * @throws InputError when the value is not such an amount.
 *
 * @example
 * ```ts
 * import { money } from 'integreringsregler';
 * money('20671.33').plus(money(1)).toString(); // '20672.33'
 * ```
 */
export function money(value: MoneyInput): Money {
  const t = moneyText(value);
  if (typeof t !== 'string') {
    throw inputError('invalid_money', [], t.problem);
  }
  return new Decimal(t);
}

/**
 * The exact value of a money amount as a {@link Rational}, for computing before the one rounding step.
 *
 * @example
 * ```ts
 * import { money, moneyToRational } from 'integreringsregler';
 * moneyToRational(money('0.40')).toString(); // '2/5'
 * ```
 */
export function moneyToRational(amount: Money): Rational {
  return Rational.fromDecimal(amount);
}

/** Zero kroner. */
export const ZERO_MONEY: Money = /* @__PURE__ */ new Decimal(0);
