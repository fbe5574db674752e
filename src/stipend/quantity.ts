/**
 * Hours and days as the caller writes them: a non-negative number with at most two decimals (7.5 hours,
 * 0.25 hours), held exactly as a {@link Rational}.
 * @module
 */
import * as z from 'zod';
import { Rational } from '../core/rational.js';
import { localizedIssue } from '../core/validate.js';

const QUANTITY_TEXT = /^\d{1,6}(\.\d{1,2})?$/;

/**
 * Zod schema for a count of hours or days: a non-negative number with at most two decimals (below one
 * million); outputs an exact `Rational`.
 *
 * @example
 * ```ts
 * import { quantitySchema } from 'integreringsregler';
 * quantitySchema.parse(7.5).toString(); // '15/2'
 * quantitySchema.safeParse(-1).success; // false
 * quantitySchema.safeParse(0.125).success; // false
 * ```
 */
export const quantitySchema = /* @__PURE__ */ z.number().transform((n, ctx) => {
  const text = String(n);
  if (!Number.isFinite(n) || !QUANTITY_TEXT.test(text)) {
    ctx.addIssue(
      localizedIssue(n < 0 ? 'negative_quantity' : 'invalid_quantity', {
        nb: `${text} er ikke et ikke-negativt antall med høyst to desimaler`,
        en: `${text} is not a non-negative count with at most two decimals`,
      }),
    );
    return z.NEVER;
  }
  return Rational.fromDecimal(text);
});
