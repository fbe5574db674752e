/**
 * Numbers as people read them: `20 671,33` in bokmål, `20,671.33` in English. Deterministic (no `Intl`),
 * so a rendered explanation is the same on every engine.
 * @module
 */
import type DecimalJs from 'decimal.js';
import type { Locale } from './localized-text.js';

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * Formats a decimal with thousands grouping and a fixed number of decimals (default 2).
 *
 * @example
 * ```ts
 * import { Decimal, formatNumber } from 'integreringsregler';
 * formatNumber(new Decimal('1234567.891'), 'nb'); // '1 234 567,89'
 * formatNumber(new Decimal('1234567.891'), 'en'); // '1,234,567.89'
 * formatNumber(new Decimal('0.5'), 'nb', 0); // '1'
 * ```
 */
export function formatNumber(value: DecimalJs, locale: Locale, decimals = 2): string {
  const fixed = value.toFixed(decimals, 4 /* ROUND_HALF_UP */);
  const negative = fixed.startsWith('-');
  const [intPart = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = group(intPart, locale === 'nb' ? ' ' : ',');
  const body = frac === undefined ? grouped : `${grouped}${locale === 'nb' ? ',' : '.'}${frac}`;
  return negative && /[1-9]/.test(body) ? `−${body}` : body;
}

/**
 * Formats an amount of money in kroner, e.g. `20 671,33 kr` or `NOK 20,671.33`.
 *
 * @example
 * ```ts
 * import { formatMoney, money } from 'integreringsregler';
 * formatMoney(money('20671.33'), 'nb'); // '20 671,33 kr'
 * formatMoney(money('20671.33'), 'en'); // 'NOK 20,671.33'
 * ```
 */
export function formatMoney(value: DecimalJs, locale: Locale): string {
  return locale === 'nb' ? `${formatNumber(value, 'nb')} kr` : `NOK ${formatNumber(value, 'en')}`;
}
