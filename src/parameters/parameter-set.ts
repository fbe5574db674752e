/**
 * The parameter set: every dated table the rules read, in one immutable value. Rules take it as an
 * option (`{ parameters }`); the shipped {@link defaultParameters} is used when none is given. To compute
 * with next year's rates or a "what if", build a copy with {@link withParameters}.
 * @module
 */
import type { Decimal } from '../core/money.js';
import type { Parameter } from '../core/parameters.js';
import { grunnbelop } from './grunnbelop.js';
// Programme (regime, target group, length, leave).
import { chapter6A, type Chapter6A } from './chapter-6a.js';
import { programmeActInForce, type ProgrammeAct } from './programme-acts.js';
import { programmeAgeLimits, programmeNewlyArrivedLimit, type NewlyArrivedLimit, type ProgrammeAgeLimits } from './programme-age-limits.js';
import {
  chapter6ADuration,
  durationFullUpperSecondaryGoal,
  durationOtherGoal,
  durationPartUpperSecondaryGoal,
  durationTradeTraining,
  durationWithUpperSecondary,
  durationWorkQualifying,
  introductionActDuration,
  programmeDurationCutover,
  type DurationCutover,
  type ProgrammeDuration,
} from './programme-durations.js';
import { absenceShareReference, integrationActLeaveRule, introductionActLeaveRule, type LeaveRule } from './programme-leave-rules.js';
import type { Rational } from '../core/rational.js';

/** Every parameter the library's rules read. */
export interface ParameterSet {
  /** The basic amount G (kroner a year). */
  readonly grunnbelop: Parameter<Decimal>;
  // Programme (regime, target group, length, leave).
  /** The Act in force for new permits and arrivals (cutover 2021-01-01). */
  readonly programmeActInForce: Parameter<ProgrammeAct>;
  /** Integration Act chapter 6A while in force. */
  readonly chapter6A: Parameter<Chapter6A>;
  /** Age limits on the permit date. */
  readonly programmeAgeLimits: Parameter<ProgrammeAgeLimits>;
  /** Newly arrived: months lived in a municipality, below. */
  readonly programmeNewlyArrivedLimit: Parameter<NewlyArrivedLimit>;
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
  /** Leave that moves the end date, Introduction Act. */
  readonly introductionActLeaveRule: Parameter<LeaveRule>;
  /** Leave that moves the end date, Integration Act and chapter 6A. */
  readonly integrationActLeaveRule: Parameter<LeaveRule>;
  /** The 10 % unexcused-absence reference. */
  readonly absenceShareReference: Parameter<Rational>;
}

/**
 * The parameters the library ships, each value with its legal reference and basis.
 *
 * @example
 * ```ts
 * import { defaultParameters } from 'integreringsregler';
 * defaultParameters.grunnbelop.values.length > 0; // true
 * ```
 */
export const defaultParameters: ParameterSet = Object.freeze({
  grunnbelop,
  // Programme (regime, target group, length, leave).
  programmeActInForce,
  chapter6A,
  programmeAgeLimits,
  programmeNewlyArrivedLimit,
  introductionActDuration,
  durationWithUpperSecondary,
  durationFullUpperSecondaryGoal,
  durationPartUpperSecondaryGoal,
  durationTradeTraining,
  durationWorkQualifying,
  durationOtherGoal,
  chapter6ADuration,
  programmeDurationCutover,
  introductionActLeaveRule,
  integrationActLeaveRule,
  absenceShareReference,
});

/**
 * A parameter set with some parameters replaced; the rest come from `base` (the shipped defaults if not
 * given). Combine with `withValues` to add a single year to one table.
 *
 * @example
 * ```ts
 * import { Decimal, defaultParameters, references, withParameters, withValues } from 'integreringsregler';
 * const nextYear = withParameters({
 *   grunnbelop: withValues(defaultParameters.grunnbelop, [
 *     { from: '2027-05-01', value: new Decimal(142_000), reference: references.nationalInsuranceAct('§ 1-4'), basis: 'assumption' },
 *   ]),
 * });
 * nextYear.grunnbelop.values.length > defaultParameters.grunnbelop.values.length; // true
 * ```
 */
export function withParameters(overrides: Partial<ParameterSet>, base: ParameterSet = defaultParameters): ParameterSet {
  return Object.freeze({ ...base, ...overrides });
}
