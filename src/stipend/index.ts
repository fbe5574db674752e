/**
 * The stipend domain (introduksjonsstønad): what it exports, listed explicitly — its parameters and
 * public tables, and its rules with their input schemas and result types. Nothing here is `@internal`;
 * other folders that need an internal helper import it from its module directly.
 * @module
 */

// Parameters and public tables.
export { defaultStipendParameters, type StipendParameters } from './parameters.js';
export { stipendFractionsIntegrationAct, stipendFractionsIntroductionAct, type StipendFractions } from './tables/fractions.js';
export { stipendCoupleFraction } from './tables/couple-fraction.js';
export { stipendDivisorsIntegrationAct, stipendDivisorsIntroductionAct, type StipendDivisors } from './tables/divisors.js';
export { stipendFractionChange, type FractionChangeTiming, type StipendFractionChange } from './tables/fraction-change.js';
export {
  transitionalBenefitRuleIntegrationAct,
  transitionalBenefitRuleIntroductionAct,
  type TransitionalBenefitRule,
} from './tables/transitional-benefit.js';
export {
  stipendDecisionThresholdIntegrationAct,
  stipendDecisionThresholdIntroductionAct,
  type DecisionThreshold,
} from './tables/decision-threshold.js';
export { selfCertificationLimits, type SelfCertificationLimits } from './tables/self-certification-limits.js';

// Inputs shared by the rules.
export { STIPEND_REGIMES, stipendRegimeSchema, type StipendRegime } from './regime.js';
export { quantitySchema } from './quantity.js';
export { stipendBenefitsSchema, stipendMonthInputSchema, type StipendMonthInput } from './month-input.js';
export { stipendLeaveSchema, type LeaveCalendarDays, type LeaveDates, type StipendLeave, type StipendLeaveInput } from './leave-input.js';
export type { StipendMonth } from './month-core.js';
export type { StipendDeduction } from './deductions.js';
export type { BenefitKind, DeductionKind } from './deduction-line.js';
export type { NotDeductedBenefit } from './benefit-offset.js';

// Rules.
export { stipendRates, stipendRatesInputSchema, type StipendRates, type StipendRatesInput } from './stipend-rates.js';
export { stipendForMonth } from './stipend-for-month.js';
export {
  transitionalBenefitReduction,
  transitionalBenefitReductionInputSchema,
  type TransitionalBenefitReductionInput,
} from './transitional-benefit-reduction.js';
export {
  stipendDecisionRequired,
  stipendDecisionInputSchema,
  type DecisionOutcome,
  type StipendDecisionInput,
} from './stipend-decision-required.js';
export {
  MAX_PROJECTION_MONTHS,
  stipendProjection,
  stipendProjectionInputSchema,
  type ProjectedMonth,
  type StipendProjection,
  type StipendProjectionInput,
} from './stipend-projection.js';
export {
  stipendBatchInputSchema,
  stipendBatchRowSchema,
  stipendPaymentsOre,
  type StipendBatchInput,
  type StipendBatchRow,
} from './stipend-payments-ore.js';
export { stipendColumnsOre, type StipendColumns } from './stipend-columns-ore.js';
export {
  MAX_RATE_TABLE_MONTHS,
  RATES_PER_MONTH,
  STIPEND_RATE_CODES,
  stipendRateCode,
  stipendRateCodeInputSchema,
  stipendRateTable,
  stipendRateTableInputSchema,
  type StipendRateCodeInput,
  type StipendRateTable,
  type StipendRateTableInput,
} from './stipend-rate-table.js';
export {
  checkSelfCertification,
  selfCertificationInputSchema,
  type CheckedPeriod,
  type SelfCertificationCheck,
  type SelfCertificationInput,
  type SelfCertificationProblem,
} from './check-self-certification.js';

// The case-callable rules, listed once (the case-file registry and the JSON Schemas are built from it).
export { stipendRules } from './rules.js';
