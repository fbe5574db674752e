/**
 * Which year of the integration-grant period a budget year is for a person: year number = budget year −
 * calendar year of first settlement + 1. The month of settlement does not matter, and moving to another
 * municipality does not restart the count. The grant runs for years 1–5 (IMDi: "the settlement year and
 * the four following years"), and for years 1–3 only for a person who came by family reunification with
 * someone holding a humanitarian permit (IMDi, integration grant, target group).
 * @module
 */
import * as z from 'zod';
import { isoDateSchema, dateParts } from '../core/date.js';
import { EMPTY_EXPLANATION, step, type Explained } from '../core/explanation.js';
import { parseInput } from '../core/validate.js';
import { IMDI_INTEGRATION_GRANT } from '../sources/grant-sources.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveGrantsOptions } from './options.js';
import { budgetYearSchema } from './budget-year.js';

/** The integration grant covers the settlement year and the four following years (IMDi). */
export const INTEGRATION_GRANT_YEARS = 5;
/** Family reunification with a humanitarian-permit holder: three years only (IMDi, target group). */
export const THREE_YEAR_RULE_YEARS = 3;

/** Input to {@link grantYearNumber}. */
export const grantYearNumberInputSchema = /* @__PURE__ */ z.strictObject({
  /** The date of the person's first settlement in a municipality. */
  settlementDate: isoDateSchema,
  /** The budget year asked about. */
  budgetYear: budgetYearSchema,
  /** True for family reunification with a person holding a humanitarian permit (three-year rule). */
  threeYearRule: z.boolean().default(false),
});

/** Input to {@link grantYearNumber}, as callers write it. */
export type GrantYearNumberInput = z.input<typeof grantYearNumberInputSchema>;

/** Where a budget year falls in a person's integration-grant period. */
export interface GrantYearNumber {
  /** Budget year − settlement year + 1 (0 or less: before settlement). */
  readonly yearNumber: number;
  /** The last year number the integration grant is paid for (5, or 3 under the three-year rule). */
  readonly lastYearNumber: number;
  /** True when the integration grant is paid for this year number. */
  readonly payable: boolean;
}

/** The year number and whether it is payable, from the two years. @internal */
export function yearNumberOf(settlementYear: number, budgetYear: number, threeYearRule: boolean): GrantYearNumber {
  const yearNumber = budgetYear - settlementYear + 1;
  const lastYearNumber = threeYearRule ? THREE_YEAR_RULE_YEARS : INTEGRATION_GRANT_YEARS;
  return { yearNumber, lastYearNumber, payable: yearNumber >= 1 && yearNumber <= lastYearNumber };
}

const message = {
  nb: (p: { budgetYear: number; settlementYear: number; yearNumber: number; lastYearNumber: number }) =>
    `Budsjettåret ${p.budgetYear} er år ${p.yearNumber} (${p.budgetYear} − ${p.settlementYear} + 1); tilskuddet gis for år 1–${p.lastYearNumber}`,
  en: (p: { budgetYear: number; settlementYear: number; yearNumber: number; lastYearNumber: number }) =>
    `Budget year ${p.budgetYear} is year ${p.yearNumber} (${p.budgetYear} − ${p.settlementYear} + 1); the grant is paid for years 1–${p.lastYearNumber}`,
};

/**
 * The integration-grant year number of a budget year for a person settled on a date.
 *
 * @example
 * ```ts
 * import { grantYearNumber } from 'integreringsregler';
 * grantYearNumber({ settlementDate: '2015-11-30', budgetYear: 2017 }).value.yearNumber; // 3
 * grantYearNumber({ settlementDate: '2014-03-01', budgetYear: 2017, threeYearRule: true }).value.payable; // false
 * ```
 */
export function grantYearNumber(input: GrantYearNumberInput, options?: RuleOptions): Explained<GrantYearNumber> {
  const { settlementDate, budgetYear, threeYearRule } = parseInput(grantYearNumberInputSchema, input);
  const settlementYear = dateParts(settlementDate).year;
  const value = yearNumberOf(settlementYear, budgetYear, threeYearRule);
  if (!resolveGrantsOptions(options).explain) return { value, explanation: EMPTY_EXPLANATION };
  return {
    value,
    explanation: {
      steps: [
        step({
          rule: 'grants.year-number',
          message,
          params: { budgetYear, settlementYear, yearNumber: value.yearNumber, lastYearNumber: value.lastYearNumber },
          reference: IMDI_INTEGRATION_GRANT,
          basis: 'official',
        }),
      ],
    },
  };
}
