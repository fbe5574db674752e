/**
 * The dated tables read by the rules on the introduction programme: regime, target group, start, length and leave, as one slice of the library's parameter set
 * (`ParameterSet.programme`), and the slice the library ships.
 * @module
 */
import type { Parameter } from '../core/parameters.js';
import type { Rational } from '../core/rational.js';
import { programmeActInForce, type ProgrammeAct } from './tables/acts.js';
import { programmeAgeLimits, programmeNewlyArrivedLimit, type NewlyArrivedLimit, type ProgrammeAgeLimits } from './tables/age-limits.js';
import { chapter6A, type Chapter6A } from './tables/chapter-6a.js';
import {
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
  type CovidProgrammeExtension,
  type DurationCutover,
  type ProgrammeDuration,
} from './tables/durations.js';
import {
  absenceShareReference,
  integrationActLeaveRule,
  introductionActLeaveRule,
  leaveAdditionReading,
  leaveWorkingDayRule,
  type LeaveAdditionReading,
  type LeaveRule,
  type VirkedagRule,
} from './tables/leave-rules.js';
import { integrationActStartDeadline, introductionActStartDeadline, type StartDeadlineRule } from './tables/start-deadline.js';
import {
  programmeNordicEeaExclusion,
  programmeWorkExclusion,
  programmeWorkExclusionDeadline,
  type CitizenshipExclusion,
  type WorkExclusion,
  type WorkExclusionDeadline,
} from './tables/target-group-exclusions.js';

/** The tables the programme rules read. */
export interface ProgrammeParameters {
  /** The Act in force for new permits and arrivals (cutover 2021-01-01). */
  readonly programmeActInForce: Parameter<ProgrammeAct>;
  /** Integration Act chapter 6A: while in force, and lapsed after it. */
  readonly chapter6A: Parameter<Chapter6A>;
  /** Age limits on the permit date. */
  readonly programmeAgeLimits: Parameter<ProgrammeAgeLimits>;
  /** Newly arrived: months lived in a municipality, below. */
  readonly programmeNewlyArrivedLimit: Parameter<NewlyArrivedLimit>;
  /** Work of at least this many hours a week rules out the right and duty (Integration Act § 8 fourth para., 2026). */
  readonly programmeWorkExclusion: Parameter<WorkExclusion>;
  /** The deadline within which that work must end for the right to apply after all (assumption). */
  readonly programmeWorkExclusionDeadline: Parameter<WorkExclusionDeadline>;
  /** Nordic and EEA citizens outside Integration Act § 8. */
  readonly programmeNordicEeaExclusion: Parameter<CitizenshipExclusion>;
  /** Start deadline, Introduction Act § 3 second para. */
  readonly introductionActStartDeadline: Parameter<StartDeadlineRule>;
  /** Start deadline, Integration Act § 12 second para. */
  readonly integrationActStartDeadline: Parameter<StartDeadlineRule>;
  /** Introduction Act programme length. */
  readonly introductionActDuration: Parameter<ProgrammeDuration>;
  /** Integration Act length, participants with upper-secondary education. */
  readonly durationWithUpperSecondary: Parameter<ProgrammeDuration>;
  /** Integration Act length, end goal full upper-secondary. */
  readonly durationFullUpperSecondaryGoal: Parameter<ProgrammeDuration>;
  /** Integration Act length, end goal part of upper-secondary. */
  readonly durationPartUpperSecondaryGoal: Parameter<ProgrammeDuration>;
  /** Integration Act length, end goal trade training. */
  readonly durationTradeTraining: Parameter<ProgrammeDuration>;
  /** Integration Act length, work-qualifying programme. */
  readonly durationWorkQualifying: Parameter<ProgrammeDuration>;
  /** Integration Act length, other end goal (2021 rules only). */
  readonly durationOtherGoal: Parameter<ProgrammeDuration>;
  /** Chapter 6A programme length (starts offered before 2026). */
  readonly chapter6ADuration: Parameter<ProgrammeDuration>;
  /** How an offer made on a reform's cutover day is treated. */
  readonly programmeDurationCutover: Parameter<DurationCutover>;
  /** Extra months under the temporary covid-19 rules, by programme start date (Introduction Act). */
  readonly covidProgrammeExtension: Parameter<CovidProgrammeExtension>;
  /** Leave that moves the end date, Introduction Act. */
  readonly introductionActLeaveRule: Parameter<LeaveRule>;
  /** Leave that moves the end date, Integration Act and chapter 6A. */
  readonly integrationActLeaveRule: Parameter<LeaveRule>;
  /** Under a ten-working-day total: all the days added once it is passed, or only those beyond. */
  readonly leaveAdditionReading: Parameter<LeaveAdditionReading>;
  /** Which days are working days (virkedager) in the ten-working-day totals. */
  readonly leaveWorkingDayRule: Parameter<VirkedagRule>;
  /** The 10 % unexcused-absence reference. */
  readonly absenceShareReference: Parameter<Rational>;
}

/**
 * The programme tables the library ships, each value with its legal reference and basis.
 *
 * @example
 * ```ts
 * import { defaultProgrammeParameters } from 'integreringsregler';
 * defaultProgrammeParameters.programmeActInForce.values.length > 0; // true
 * ```
 */
export const defaultProgrammeParameters: ProgrammeParameters = /* @__PURE__ */ Object.freeze({
  programmeActInForce,
  chapter6A,
  programmeAgeLimits,
  programmeNewlyArrivedLimit,
  programmeWorkExclusion,
  programmeWorkExclusionDeadline,
  programmeNordicEeaExclusion,
  introductionActStartDeadline,
  integrationActStartDeadline,
  introductionActDuration,
  durationWithUpperSecondary,
  durationFullUpperSecondaryGoal,
  durationPartUpperSecondaryGoal,
  durationTradeTraining,
  durationWorkQualifying,
  durationOtherGoal,
  chapter6ADuration,
  programmeDurationCutover,
  covidProgrammeExtension,
  introductionActLeaveRule,
  integrationActLeaveRule,
  leaveAdditionReading,
  leaveWorkingDayRule,
  absenceShareReference,
});
