/**
 * Budget years: the calendar year a grant is paid for, and the lookup of a grant table for one budget year
 * that says clearly "no rate for budget year X" when the table lacks the year.
 * @module
 */
import * as z from 'zod';
import { EARLIEST_YEAR, LATEST_YEAR } from '../core/date.js';
import { NoParameterValueError } from '../core/errors.js';
import { valueOn, type DatedValue, type Parameter } from '../core/parameters.js';

/** A budget year, e.g. `2017`. */
export const budgetYearSchema = /* @__PURE__ */ z.number().int().min(EARLIEST_YEAR).max(LATEST_YEAR);

/** A range of budget years, both ends included; either end may be left open. */
export const budgetYearRangeSchema = /* @__PURE__ */ z.strictObject({
  /** First budget year wanted. */
  from: budgetYearSchema.optional(),
  /** Last budget year wanted. */
  to: budgetYearSchema.optional(),
});

/** A range of budget years, as callers write it. */
export type BudgetYearRange = z.input<typeof budgetYearRangeSchema>;

/**
 * The value of a budget-year table for one budget year.
 * @throws NoParameterValueError "no rate for budget year X" when the table has no value for the year.
 *
 * @example
 * ```ts
 * import { defaultParameters, isNoParameterValueError, rateForBudgetYear } from 'integreringsregler';
 * rateForBudgetYear(defaultParameters.grants.elderlyGrantRate, 2017).value.toString(); // '164200'
 * let caught: unknown;
 * try { rateForBudgetYear(defaultParameters.grants.elderlyGrantRate, 2031); } catch (e) { caught = e; }
 * isNoParameterValueError(caught); // true
 * ```
 */
export function rateForBudgetYear<T>(parameter: Parameter<T>, budgetYear: number): DatedValue<T> {
  const date = `${budgetYear}-01-01`;
  try {
    return valueOn(parameter, date);
  } catch (e) {
    if (!(e instanceof NoParameterValueError)) throw e;
    throw new NoParameterValueError(parameter.id, date, undefined, {
      nb: `Ingen sats for budsjettåret ${budgetYear} i «${parameter.name.nb}» (${parameter.id}). Biblioteket leverer bare satser fra offisielle kilder; oppgi satsene for ${budgetYear} selv (withValues og withParameters, så options.parameters).`,
      en: `No rate for budget year ${budgetYear} in "${parameter.name.en}" (${parameter.id}). The library ships only rates from official sources; supply the ${budgetYear} rates yourself (withValues and withParameters, then options.parameters).`,
    });
  }
}

/** True when a budget year lies in a range (open ends included). @internal */
export function inRange(budgetYear: number, range: { from?: number | undefined; to?: number | undefined } | undefined): boolean {
  if (range === undefined) return true;
  return (range.from === undefined || budgetYear >= range.from) && (range.to === undefined || budgetYear <= range.to);
}
