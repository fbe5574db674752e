/**
 * IMDi's integration grant (integreringstilskudd) per person and budget year: the year-1 rate by category
 * (single adult, adult in a family, child, unaccompanied minor) and one rate for everyone in years 2–5.
 * The rates are set in each year's budget (kap. 496 post 60 in 2017; kap. 671 post 60 from 2023).
 *
 * Only 2017 ships: it is the one year whose full table an official source (IMDi) states. Every other
 * budget year is left out on purpose — a schedule that needs it stops with "no rate for budget year X" —
 * until the library has the year's official table. Enter this year's circular yourself with
 * `withValues(defaultParameters.grants.integrationGrantRates, [budgetYearValue(…)])`. No separate rate for
 * collective protection was found in any source.
 * @module
 */
import { Decimal } from '../../core/money.js';
import { defineParameter } from '../../core/parameters.js';
import { budgetYearValue } from './budget-year-value.js';
import { IMDI_RATES_2017 } from '../../sources/grant-sources.js';

/** The integration-grant rates of one budget year (kroner per person). */
export interface IntegrationGrantRates {
  /** Year-1 rates by category. */
  readonly year1: {
    readonly singleAdult: Decimal;
    readonly adult: Decimal;
    readonly child: Decimal;
    readonly unaccompaniedMinor: Decimal;
  };
  /** Rates for years 2–5, the same for every category. */
  readonly year2: Decimal;
  readonly year3: Decimal;
  readonly year4: Decimal;
  readonly year5: Decimal;
}

/**
 * Builds one budget year's integration-grant table from whole-krone figures, in the order IMDi prints them.
 *
 * @example
 * ```ts
 * import { integrationGrantTable } from 'integreringsregler';
 * integrationGrantTable(235_000, 185_000, 185_000, 185_000, 230_000, 167_000, 84_000, 70_500).year4.toString(); // '84000'
 * ```
 */
export function integrationGrantTable(
  singleAdult: number,
  adult: number,
  child: number,
  unaccompaniedMinor: number,
  year2: number,
  year3: number,
  year4: number,
  year5: number,
): IntegrationGrantRates {
  return {
    year1: {
      singleAdult: new Decimal(singleAdult),
      adult: new Decimal(adult),
      child: new Decimal(child),
      unaccompaniedMinor: new Decimal(unaccompaniedMinor),
    },
    year2: new Decimal(year2),
    year3: new Decimal(year3),
    year4: new Decimal(year4),
    year5: new Decimal(year5),
  };
}

/**
 * The whole table as one line of text, for the "values used" list of an explanation: the year-1 rates
 * (single adult | adult | child | unaccompanied minor), then years 2–5.
 *
 * @example
 * ```ts
 * import { integrationGrantTable, integrationGrantTableText } from 'integreringsregler';
 * integrationGrantTableText(integrationGrantTable(235_000, 185_000, 185_000, 185_000, 230_000, 167_000, 84_000, 70_500)); // '1: 235000 | 185000 | 185000 | 185000; 2: 230000; 3: 167000; 4: 84000; 5: 70500'
 * ```
 */
export function integrationGrantTableText(r: IntegrationGrantRates): string {
  const y1 = [r.year1.singleAdult, r.year1.adult, r.year1.child, r.year1.unaccompaniedMinor].map(String).join(' | ');
  return `1: ${y1}; 2: ${r.year2.toString()}; 3: ${r.year3.toString()}; 4: ${r.year4.toString()}; 5: ${r.year5.toString()}`;
}

/**
 * The integration-grant rates by budget year.
 *
 * @example
 * ```ts
 * import { integrationGrantRates, valueOn } from 'integreringsregler';
 * valueOn(integrationGrantRates, '2017-01-01').value.year1.singleAdult.toString(); // '235000'
 * ```
 */
export const integrationGrantRates = /* @__PURE__ */ defineParameter<IntegrationGrantRates>({
  id: 'integrationGrantRates',
  name: { nb: 'Integreringstilskudd, satser', en: 'Integration grant, rates' },
  unit: 'NOK',
  values: [
    budgetYearValue(
      2017,
      integrationGrantTable(235_000, 185_000, 185_000, 185_000, 230_000, 167_000, 84_000, 70_500),
      IMDI_RATES_2017,
      'official',
    ),
  ],
});
