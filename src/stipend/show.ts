/**
 * Small helpers for explanation texts: an exact value shown with a few decimals, a fraction in words.
 * @module
 */
import { formatMoney, formatNumber } from '../core/format.js';
import type { Locale } from '../core/localized-text.js';
import { Decimal } from '../core/money.js';
import type { Rational } from '../core/rational.js';

/** An exact value as a decimal for display (never used for computing). @internal */
export function toDisplayDecimal(r: Rational): Decimal {
  return new Decimal(r.num.toString()).div(r.den.toString());
}

/** An exact rate in kroner with four decimals, e.g. `134,0843 kr`. @internal */
export function showRate(r: Rational, locale: Locale): string {
  const n = formatNumber(toDisplayDecimal(r), locale, 4);
  return locale === 'nb' ? `${n} kr` : `NOK ${n}`;
}

/** An amount in kroner with two decimals. @internal */
export function showMoney(r: Rational | Decimal, locale: Locale): string {
  return formatMoney(r instanceof Decimal ? r : toDisplayDecimal(r), locale);
}

/** A count (hours, days) as written, e.g. `7,5` / `7.5`. @internal */
export function showCount(r: Rational, locale: Locale): string {
  const d = toDisplayDecimal(r);
  return formatNumber(d, locale, d.decimalPlaces());
}
