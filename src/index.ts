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

// Parameter tables.
export * from './parameters/grunnbelop.js';
export * from './parameters/parameter-set.js';
export * from './parameters/rule-options.js';
// Programme parameter tables (regime, target group, length, leave).
export * from './parameters/programme-acts.js';
export * from './parameters/chapter-6a.js';
export * from './parameters/programme-age-limits.js';
export * from './parameters/programme-durations.js';
export * from './parameters/programme-leave-rules.js';

// Rules.
export * from './basic-amount/basic-amount-on.js';
// Programme: regime, target group, length, extension, leave, end date, status, absence share.
export * from './programme/programme-inputs.js';
export * from './programme/programme-regime.js';
export * from './programme/programme-target-group.js';
export {
  programmeMaximumLength,
  programmeMaximumLengthInputSchema,
  type ProgrammeMaximumLengthInput,
  type ProgrammeMaximumLengthResult,
} from './programme/programme-maximum-length.js';
export { weekdaysBetween } from './programme/leave-effect.js';
export { programmeScheduleSchema, type ProgrammeSchedule } from './programme/programme-schedule.js';
export * from './programme/programme-end-date.js';
export * from './programme/programme-status.js';
export * from './programme/absence-share.js';

// Shared case files (conformance).
export * from './cases/format.js';
export * from './cases/compare.js';
export * from './cases/registry.js';
export * from './cases/run.js';
