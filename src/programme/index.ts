/**
 * The introduction programme: which Act governs, the target group, the start deadline, the maximum length and
 * extensions, leave, the end date, the status on a date and the absence share — with the programme's
 * parameters and tables. What the domain exports, listed name by name; `@internal` helpers are imported from
 * their modules directly.
 * @module
 */

// Parameters.
export { defaultProgrammeParameters } from './parameters.js';
export type { ProgrammeParameters } from './parameters.js';

// Parameter tables (regime, target group, length, leave, start deadline).
export { programmeActInForce } from './tables/acts.js';
export type { ProgrammeAct } from './tables/acts.js';
export { chapter6A } from './tables/chapter-6a.js';
export type { Chapter6A } from './tables/chapter-6a.js';
export { programmeAgeLimits, programmeNewlyArrivedLimit, upperAge60Amendment } from './tables/age-limits.js';
export type { NewlyArrivedLimit, ProgrammeAgeLimits } from './tables/age-limits.js';
export {
  chapter6ADuration,
  covidProgrammeExtension,
  durationFullUpperSecondaryGoal,
  durationOtherGoal,
  durationPartUpperSecondaryGoal,
  durationTradeTraining,
  durationWithUpperSecondary,
  durationWorkQualifying,
  introductionActDuration,
  programmeDurationCutover,
} from './tables/durations.js';
export type { CovidProgrammeExtension, DurationCutover, ExtensionRule, ProgrammeDuration } from './tables/durations.js';
export {
  absenceShareReference,
  integrationActLeaveRule,
  introductionActLeaveRule,
  leaveAdditionReading,
  leaveWorkingDayRule,
} from './tables/leave-rules.js';
export type { LeaveAdditionReading, LeaveKind, LeaveRule, LeaveTotal, VirkedagRule } from './tables/leave-rules.js';
export { integrationActStartDeadline, introductionActStartDeadline } from './tables/start-deadline.js';
export type { StartDeadlineRule, StartDuty } from './tables/start-deadline.js';
export { programmeNordicEeaExclusion, programmeWorkExclusion, programmeWorkExclusionDeadline } from './tables/target-group-exclusions.js';
export type { CitizenshipExclusion, WorkExclusion, WorkExclusionDeadline } from './tables/target-group-exclusions.js';

// Inputs shared by the rules.
export {
  citizenshipSchema,
  endGoalSchema,
  leaveKindSchema,
  leaveSchema,
  periodSchema,
  permitTypeSchema,
  priorEducationSchema,
  programmeRegimeSchema,
  workSituationSchema,
} from './inputs.js';
export type {
  Citizenship,
  EndGoal,
  Leave,
  LeaveCount,
  LeaveInput,
  LeaveRange,
  Period,
  PeriodInput,
  PermitType,
  PriorEducation,
  ProgrammeRegime,
  WorkSituation,
  WorkSituationInput,
} from './inputs.js';

// Rules.
export { programmeRegime, programmeRegimeInputSchema } from './programme-regime.js';
export type { ProgrammeRegimeInput, ProgrammeRegimeReason, ProgrammeRegimeResult } from './programme-regime.js';
export { programmeTargetGroup, programmeTargetGroupInputSchema } from './programme-target-group.js';
export type {
  ProgrammeTargetGroupExclusion,
  ProgrammeTargetGroupFailure,
  ProgrammeTargetGroupInput,
  ProgrammeTargetGroupResult,
  ProgrammeTargetGroupStatus,
} from './programme-target-group.js';
export { programmeStartDeadline, programmeStartDeadlineInputSchema } from './programme-start-deadline.js';
export type { ProgrammeStartDeadlineInput, ProgrammeStartDeadlineResult } from './programme-start-deadline.js';
export { programmeMaximumLength, programmeMaximumLengthInputSchema } from './programme-maximum-length.js';
export type { ProgrammeMaximumLengthInput, ProgrammeMaximumLengthResult } from './programme-maximum-length.js';
export { weekdaysBetween } from './leave-effect.js';
export type { LeaveTotalResult } from './leave-effect.js';
export { programmeScheduleSchema } from './schedule.js';
export type { ProgrammeSchedule } from './schedule.js';
export { programmeEndDate, programmeEndDateInputSchema } from './programme-end-date.js';
export type { ProgrammeEndDateInput, ProgrammeEndDateResult } from './programme-end-date.js';
export { programmeStatus, programmeStatusInputSchema } from './programme-status.js';
export type { ProgrammeState, ProgrammeStatusInput, ProgrammeStatusResult } from './programme-status.js';
export { absenceShare, absenceShareInputSchema } from './absence-share.js';
export type { AbsenceShareInput, AbsenceShareResult } from './absence-share.js';

// The case-callable rules, listed once (the case-file registry and the JSON Schemas are built from it).
export { programmeRules } from './rules.js';
