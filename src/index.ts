/**
 * integreringsregler: the rules Norwegian municipalities apply when they settle refugees — the
 * introduction programme, the introduction stipend, IMDi's grants and adviser caseload — exact, cited and
 * explained, with no I/O.
 * @packageDocumentation
 */

// Core: dates, money, rounding, parameters, explanations, errors.
export * from './core/date.js';
export * from './core/month.js';
export * from './core/localized-text.js';
export * from './core/rational.js';
export * from './core/money.js';
export * from './core/rounding.js';
export * from './core/format.js';
export * from './core/legal-reference.js';
export * from './core/parameters.js';
export * from './core/explanation.js';
export * from './core/errors.js';
export * from './core/validate.js';

// Core, hot path (quality gates, issue 8): exact integer øre ratios for bulk computations.
export * from './core/integer-ore.js';

// Parameter tables.
export * from './parameter-set.js';
export * from './stipend/parameters.js';
export * from './rule-options.js';

// Rules.
export * from './basic-amount/index.js';
// Grants (IMDi): integration, elderly, kindergarten, unaccompanied-minor and disability grants.
export * from './grants/index.js';

// Caseload: adviser norm, staffing, holidays, follow-up schedule, cohort over time.
export * from './caseload/index.js';
// Stipend (introduksjonsstønad): parameters and rules.
export * from './stipend/tables/fractions.js';
export * from './stipend/tables/couple-fraction.js';
export * from './stipend/tables/divisors.js';
export * from './stipend/tables/fraction-change.js';
export * from './stipend/tables/transitional-benefit.js';
export * from './stipend/tables/decision-threshold.js';
export * from './stipend/tables/self-certification-limits.js';
export { STIPEND_REGIMES, stipendRegimeSchema, type StipendRegime } from './stipend/regime.js';
export { quantitySchema } from './stipend/quantity.js';
export { stipendRates, stipendRatesInputSchema, type StipendRates, type StipendRatesInput } from './stipend/rates.js';
export { stipendBenefitsSchema, stipendMonthInputSchema, type StipendMonthInput } from './stipend/month-input.js';
export { stipendLeaveSchema, type LeaveCalendarDays, type LeaveDates, type StipendLeave, type StipendLeaveInput } from './stipend/leave-input.js';
export type { StipendMonth } from './stipend/month-core.js';
export type { StipendDeduction } from './stipend/deductions.js';
export type { BenefitKind, DeductionKind } from './stipend/deduction-line.js';
export type { NotDeductedBenefit } from './stipend/benefit-offset.js';
export { stipendForMonth } from './stipend/month-payment.js';
export { transitionalBenefitReduction, transitionalBenefitReductionInputSchema, type TransitionalBenefitReductionInput } from './stipend/transitional-benefit.js';
export { stipendDecisionRequired, stipendDecisionInputSchema, type DecisionOutcome, type StipendDecisionInput } from './stipend/decision-threshold.js';
export { MAX_PROJECTION_MONTHS, stipendProjection, stipendProjectionInputSchema, type ProjectedMonth, type StipendProjection, type StipendProjectionInput } from './stipend/projection.js';
export { stipendBatchInputSchema, stipendBatchRowSchema, stipendPaymentsOre, type StipendBatchInput, type StipendBatchRow } from './stipend/batch.js';
export { stipendColumnsOre, type StipendColumns } from './stipend/columns.js';
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
} from './stipend/rate-table.js';
export { checkSelfCertification, selfCertificationInputSchema, type CheckedPeriod, type SelfCertificationCheck, type SelfCertificationInput, type SelfCertificationProblem } from './stipend/self-certification.js';

// Rules.
// Programme: parameters and tables; regime, target group, start deadline, length, extension, leave, end date, status, absence share.
export * from './programme/index.js';

// Shared case files (conformance).
export * from './cases/format.js';
export * from './cases/compare.js';
export * from './cases/registry.js';
export * from './cases/run.js';

// Planning: settlement plan, projection of unpublished rates, settlement forecast and its table.
export * from './planning/index.js';
// Embedding: published JSON Schemas (the input schema of every case-callable rule) and the rate tables
// as CSV.
export * from './schemas/input-schemas.js';
export * from './export/parameters-to-csv.js';
