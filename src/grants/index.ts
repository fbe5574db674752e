/**
 * Grants (IMDi): integration, elderly, kindergarten, unaccompanied-minor and disability grants, a person's
 * schedule and the totals of several persons by budget year — what the grants domain exports. Helpers
 * marked `@internal` are not listed; other folders import them from their modules.
 */

// Parameters and tables.
export { defaultGrantsParameters, type GrantsParameters } from './parameters.js';
export { budgetYearValue } from './tables/budget-year-value.js';
export {
  integrationGrantRates,
  integrationGrantTable,
  integrationGrantTableText,
  type IntegrationGrantRates,
} from './tables/integration-grant-rates.js';
export { elderlyGrantMinimumAge, elderlyGrantRate } from './tables/elderly-grant-rates.js';
export { kindergartenGrantMaximumAge, kindergartenGrantRate } from './tables/kindergarten-grant-rates.js';
export { NEWBORN_YEAR_ONE_READINGS, newbornGrantYearOne, type NewbornYearOne } from './tables/newborn-grant-year.js';
export {
  unaccompaniedMinorGrantRates,
  unaccompaniedMinorGrantTableText,
  type UnaccompaniedMinorGrantRates,
} from './tables/unaccompanied-minor-grant-rates.js';
export { disabilityGrantCostThreshold, disabilityGrantOneOff, disabilityGrantYearlyMaximum } from './tables/disability-grant-rates.js';

// Inputs and results shared by the rules.
export { budgetYearRangeSchema, budgetYearSchema, rateForBudgetYear, type BudgetYearRange } from './budget-year.js';
export { GRANT_TYPES, type GrantLine, type GrantType } from './grant-line.js';
export {
  ADULT_FROM_YEAR_TURNING,
  NEWBORN_WINDOW_MONTHS,
  grantPersonSchema,
  type GrantCategory,
  type GrantPerson,
  type GrantPersonInput,
  type NewbornFacts,
  type PersonFacts,
} from './grant-person.js';
export {
  DISABILITY_ONE_OFF_LAST_YEAR_NUMBER,
  disabilityClaimSchema,
  type DisabilityClaim,
  type DisabilityClaimInput,
} from './disability-claim.js';
export { personBudgetYearInputSchema, sumMoney, type GrantForYear, type PersonBudgetYearInput } from './grant-rule.js';
export {
  UNACCOMPANIED_MINOR_GRANT_LAST_YEAR_TURNING,
  UNACCOMPANIED_MINOR_LOWER_BAND_LAST_YEAR_TURNING,
} from './unaccompanied-minor-constants.js';

// Rules.
export {
  INTEGRATION_GRANT_YEARS,
  THREE_YEAR_RULE_YEARS,
  grantYearNumber,
  grantYearNumberInputSchema,
  type GrantYearNumber,
  type GrantYearNumberInput,
} from './grant-year-number.js';
export { integrationGrant } from './integration-grant.js';
export { elderlyGrant } from './elderly-grant.js';
export { kindergartenGrant } from './kindergarten-grant.js';
export { unaccompaniedMinorGrant } from './unaccompanied-minor-grant.js';
export { disabilityGrant } from './disability-grant.js';
export {
  personGrantSchedule,
  personGrantScheduleInputSchema,
  type PersonGrantSchedule,
  type PersonGrantScheduleInput,
} from './person-grant-schedule.js';
export { grantTotals, grantTotalsInputSchema, type BudgetYearTotal, type GrantTotals, type GrantTotalsInput } from './grant-totals.js';

// The case-callable rules, listed once (the case-file registry and the JSON Schemas are built from it).
export { grantsRules } from './rules.js';
