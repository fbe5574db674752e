/**
 * Caseload: the adviser norm, FTE needed and the staffing check, public holidays and working days, the
 * follow-up schedule of one participant and a cohort's workload month by month. What the domain
 * exports; helpers marked `@internal` are imported from their modules, not from here.
 * @module
 */

// Parameters and tables.
export { defaultCaseloadParameters, type CaseloadParameters } from './parameters.js';
export { caseloadNorm } from './tables/caseload-norm.js';
export { GRONG_CADENCE, followUpCadence, type FollowUpCadence, type FollowUpPhase } from './tables/follow-up-cadence.js';

// Holidays and working days.
export { FIRST_HOLIDAY_YEAR, easterSunday, holidayYearInputSchema, type HolidayYearInput } from './easter-sunday.js';
export { publicHolidaysInYear, type PublicHoliday } from './public-holidays-in-year.js';
export { LAST_WORKING_DAY_YEAR, isPublicHoliday, isWorkingDay, nextWorkingDay } from './working-days.js';

// Adviser FTE and staffing.
export {
  FTE_DECIMALS,
  adviserFteNeeded,
  adviserFteNeededInputSchema,
  participantCountSchema,
  type AdviserFteNeeded,
  type AdviserFteNeededInput,
} from './adviser-fte-needed.js';
export {
  adviserStaffingInputSchema,
  checkAdviserStaffing,
  positionPercentSchema,
  type AdviserStaffing,
  type AdviserStaffingInput,
} from './check-adviser-staffing.js';

// Follow-up schedule and a cohort's workload.
export { describeCadence, followUpCadenceSchema, followUpPhaseSchema } from './cadence.js';
export type { DateRange, FollowUpTalk, SkippedTalk } from './place-talks.js';
export {
  MAX_SCHEDULE_DAYS,
  followUpSchedule,
  followUpScheduleInputSchema,
  leavePeriodSchema,
  scheduleDateSchema,
  type FollowUpSchedule,
  type FollowUpScheduleInput,
} from './follow-up-schedule.js';
export {
  cohortParticipantSchema,
  cohortWorkload,
  cohortWorkloadInputSchema,
  type CohortMonth,
  type CohortWorkload,
  type CohortWorkloadInput,
} from './cohort-workload.js';

// The case-callable rules, listed once (the case-file registry and the JSON Schemas are built from it).
export { caseloadRules } from './rules.js';
