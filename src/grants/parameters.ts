/**
 * The dated tables read by the rules on IMDi's grants per person and budget year, as one slice of the library's parameter set
 * (`ParameterSet.grants`), and the slice the library ships.
 * @module
 */
import type { Parameter } from '../core/parameters.js';
import type { Decimal } from '../core/money.js';
import { disabilityGrantCostThreshold, disabilityGrantOneOff, disabilityGrantYearlyMaximum } from './tables/disability-grant-rates.js';
import { elderlyGrantMinimumAge, elderlyGrantRate } from './tables/elderly-grant-rates.js';
import { integrationGrantRates, type IntegrationGrantRates } from './tables/integration-grant-rates.js';
import { kindergartenGrantMaximumAge, kindergartenGrantRate } from './tables/kindergarten-grant-rates.js';
import { newbornGrantYearOne, type NewbornYearOne } from './tables/newborn-grant-year.js';
import { unaccompaniedMinorGrantRates, type UnaccompaniedMinorGrantRates } from './tables/unaccompanied-minor-grant-rates.js';

/** The tables the grants rules read. */
export interface GrantsParameters {
  /** Integration grant: year-1 rates by category and years 2–5. */
  readonly integrationGrantRates: Parameter<IntegrationGrantRates>;
  /** Elderly grant: one-off amount. */
  readonly elderlyGrantRate: Parameter<Decimal>;
  /** Elderly grant: age at settlement from which it is paid. */
  readonly elderlyGrantMinimumAge: Parameter<number>;
  /** Kindergarten grant: one-off amount. */
  readonly kindergartenGrantRate: Parameter<Decimal>;
  /** Kindergarten grant: highest age at settlement. */
  readonly kindergartenGrantMaximumAge: Parameter<number>;
  /** A child born within six months after the mother's settlement: which year is year 1 (assumption). */
  readonly newbornGrantYearOne: Parameter<NewbornYearOne>;
  /** Special grant for unaccompanied minors: yearly rates by age band. */
  readonly unaccompaniedMinorGrantRates: Parameter<UnaccompaniedMinorGrantRates>;
  /** Disability grant, tilskudd 1: one-off amount. */
  readonly disabilityGrantOneOff: Parameter<Decimal>;
  /** Disability grant, tilskudd 2: yearly maximum. */
  readonly disabilityGrantYearlyMaximum: Parameter<Decimal>;
  /** Disability grant, tilskudd 2: cost threshold. */
  readonly disabilityGrantCostThreshold: Parameter<Decimal>;
}

/**
 * The grants tables the library ships, each value with its legal reference and basis.
 *
 * @example
 * ```ts
 * import { defaultGrantsParameters } from 'integreringsregler';
 * defaultGrantsParameters.integrationGrantRates.values.length > 0; // true
 * ```
 */
export const defaultGrantsParameters: GrantsParameters = /* @__PURE__ */ Object.freeze({
  integrationGrantRates,
  elderlyGrantRate,
  elderlyGrantMinimumAge,
  kindergartenGrantRate,
  kindergartenGrantMaximumAge,
  newbornGrantYearOne,
  unaccompaniedMinorGrantRates,
  disabilityGrantOneOff,
  disabilityGrantYearlyMaximum,
  disabilityGrantCostThreshold,
});
