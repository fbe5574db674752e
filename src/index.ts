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
export * from './basic-amount/tables/grunnbelop.js';
export * from './parameter-set.js';
export * from './basic-amount/parameters.js';
export * from './caseload/parameters.js';
export * from './grants/parameters.js';
export * from './programme/parameters.js';
export * from './rule-options.js';
// Grants (IMDi) parameter tables.
export * from './grants/tables/budget-year-value.js';
export * from './grants/tables/integration-grant-rates.js';
export * from './grants/tables/elderly-grant-rates.js';
export * from './grants/tables/kindergarten-grant-rates.js';
export * from './grants/tables/newborn-grant-year.js';
export * from './grants/tables/unaccompanied-minor-grant-rates.js';
export * from './grants/tables/disability-grant-rates.js';

// Rules.
export * from './basic-amount/basic-amount-on.js';
// Grants (IMDi): integration, elderly, kindergarten, unaccompanied-minor and disability grants.
export * from './grants/budget-year.js';
export * from './grants/year-number.js';
export * from './grants/grant-line.js';
export * from './grants/grant-person.js';
export * from './grants/disability-claim.js';
export * from './grants/grant-rule.js';
export * from './grants/integration-grant.js';
export * from './grants/elderly-grant.js';
export * from './grants/kindergarten-grant.js';
export * from './grants/unaccompanied-minor-constants.js';
export * from './grants/unaccompanied-minor-grant.js';
export * from './grants/disability-grant.js';
export * from './grants/schedule.js';
export * from './grants/totals.js';

// Caseload: adviser norm, staffing, holidays, follow-up schedule, cohort over time.
export * from './caseload/tables/caseload-norm.js';
export * from './caseload/tables/follow-up-cadence.js';
export * from './caseload/caseload-references.js';
export * from './caseload/easter.js';
export * from './caseload/holidays.js';
export * from './caseload/working-days.js';
export * from './caseload/fte.js';
export * from './caseload/staffing-check.js';
export * from './caseload/cadence.js';
export * from './caseload/place-talks.js';
export * from './caseload/follow-up-schedule.js';
export * from './caseload/active-months.js';
export * from './caseload/cohort.js';
// Stipend (introduksjonsstønad): parameters, tables and rules.
export * from './stipend/index.js';
// Programme parameter tables (regime, target group, length, leave).
export * from './programme/tables/acts.js';
export * from './programme/tables/chapter-6a.js';
export * from './programme/tables/age-limits.js';
export * from './programme/tables/durations.js';
export * from './programme/tables/leave-rules.js';
export * from './programme/tables/start-deadline.js';
export * from './programme/tables/target-group-exclusions.js';

// Rules.
export * from './basic-amount/basic-amount-on.js';
// Programme: regime, target group, start deadline, length, extension, leave, end date, status, absence share.
export * from './programme/programme-inputs.js';
export * from './programme/programme-regime.js';
export * from './programme/programme-target-group.js';
export * from './programme/programme-start-deadline.js';
export {
  programmeMaximumLength,
  programmeMaximumLengthInputSchema,
  type ProgrammeMaximumLengthInput,
  type ProgrammeMaximumLengthResult,
} from './programme/programme-maximum-length.js';
export { weekdaysBetween, type LeaveTotalResult } from './programme/leave-effect.js';
export { programmeScheduleSchema, type ProgrammeSchedule } from './programme/programme-schedule.js';
export * from './programme/programme-end-date.js';
export * from './programme/programme-status.js';
export * from './programme/absence-share.js';

// Shared case files (conformance).
export * from './cases/format.js';
export * from './cases/compare.js';
export * from './cases/registry.js';
export * from './cases/run.js';

// Planning.
export * from './planning/projection-rule.js';
export * from './planning/settlement-plan.js';
// Embedding: published JSON Schemas (the input schema of every case-callable rule) and the rate tables
// as CSV.
export * from './schemas/input-schemas.js';
export * from './export/parameters-to-csv.js';
export * from './planning/forecast.js';
export * from './planning/forecast-table.js';
