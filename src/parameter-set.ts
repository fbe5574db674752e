/**
 * The parameter set: every dated table the rules read, in one immutable value. Rules take it as an
 * option (`{ parameters }`); the shipped {@link defaultParameters} is used when none is given. To compute
 * with next year's rates or a "what if", build a copy with {@link withParameters}.
 * @module
 */
import type { Decimal } from './core/money.js';
import type { Parameter } from './core/parameters.js';
import { grunnbelop } from './basic-amount/tables/grunnbelop.js';
// Caseload: adviser norm and follow-up cadence.
import { caseloadNorm } from './caseload/tables/caseload-norm.js';
import { followUpCadence, type FollowUpCadence } from './caseload/tables/follow-up-cadence.js';
// Stipend (introduksjonsstønad) parameters.
import { selfCertificationLimits, type SelfCertificationLimits } from './stipend/tables/self-certification-limits.js';
import { stipendCoupleFraction } from './stipend/tables/couple-fraction.js';
import { stipendDecisionThresholdIntegrationAct, stipendDecisionThresholdIntroductionAct, type DecisionThreshold } from './stipend/tables/decision-threshold.js';
import { stipendDivisorsIntegrationAct, stipendDivisorsIntroductionAct, type StipendDivisors } from './stipend/tables/divisors.js';
import { stipendFractionChange, type StipendFractionChange } from './stipend/tables/fraction-change.js';
import { stipendFractionsIntegrationAct, stipendFractionsIntroductionAct, type StipendFractions } from './stipend/tables/fractions.js';
import { transitionalBenefitRuleIntegrationAct, transitionalBenefitRuleIntroductionAct, type TransitionalBenefitRule } from './stipend/tables/transitional-benefit.js';
import type { Rational } from './core/rational.js';
// Grants (IMDi): integration, elderly, kindergarten, unaccompanied-minor and disability grants.
import { disabilityGrantCostThreshold, disabilityGrantOneOff, disabilityGrantYearlyMaximum } from './grants/tables/disability-grant-rates.js';
import { elderlyGrantMinimumAge, elderlyGrantRate } from './grants/tables/elderly-grant-rates.js';
import { integrationGrantRates, type IntegrationGrantRates } from './grants/tables/integration-grant-rates.js';
import { kindergartenGrantMaximumAge, kindergartenGrantRate } from './grants/tables/kindergarten-grant-rates.js';
import { newbornGrantYearOne, type NewbornYearOne } from './grants/tables/newborn-grant-year.js';
import { unaccompaniedMinorGrantRates, type UnaccompaniedMinorGrantRates } from './grants/tables/unaccompanied-minor-grant-rates.js';
// Programme (regime, target group, length, leave).
import { chapter6A, type Chapter6A } from './programme/tables/chapter-6a.js';
import { programmeActInForce, type ProgrammeAct } from './programme/tables/acts.js';
import { programmeAgeLimits, programmeNewlyArrivedLimit, type NewlyArrivedLimit, type ProgrammeAgeLimits } from './programme/tables/age-limits.js';
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
} from './programme/tables/durations.js';
import {
  absenceShareReference,
  integrationActLeaveRule,
  introductionActLeaveRule,
  leaveAdditionReading,
  leaveWorkingDayRule,
  type LeaveAdditionReading,
  type LeaveRule,
  type VirkedagRule,
} from './programme/tables/leave-rules.js';
import { integrationActStartDeadline, introductionActStartDeadline, type StartDeadlineRule } from './programme/tables/start-deadline.js';
import {
  programmeNordicEeaExclusion,
  programmeWorkExclusion,
  programmeWorkExclusionDeadline,
  type CitizenshipExclusion,
  type WorkExclusion,
  type WorkExclusionDeadline,
} from './programme/tables/target-group-exclusions.js';

/** Every parameter the library's rules read. */
export interface ParameterSet {
  /** The basic amount G (kroner a year). */
  readonly grunnbelop: Parameter<Decimal>;
  // Caseload.
  /** Participants per full-time programme adviser. */
  readonly caseloadNorm: Parameter<number>;
  /** The follow-up cadence: phases of talks counted from the programme start. */
  readonly followUpCadence: Parameter<FollowUpCadence>;
  // Stipend (introduksjonsstønad).
  /** Stipend level and young-participant fractions, Introduction Act § 8. */
  readonly stipendFractionsIntroductionAct: Parameter<StipendFractions>;
  /** Stipend level and young-participant fractions, Integration Act § 20. */
  readonly stipendFractionsIntegrationAct: Parameter<StipendFractions>;
  /** The 5/6 factor for childless couples both in the programme (Integration Act § 20 fourth para.). */
  readonly stipendCoupleFraction: Parameter<Rational>;
  /** Month, day and hour divisors, Introduction Act § 9. */
  readonly stipendDivisorsIntroductionAct: Parameter<StipendDivisors>;
  /** Month, day and hour divisors, Integration Act §§ 20–21 (practice). */
  readonly stipendDivisorsIntegrationAct: Parameter<StipendDivisors>;
  /** The month a changed fraction takes effect (assumption). */
  readonly stipendFractionChange: Parameter<StipendFractionChange>;
  /** Overgangsstønad rule, Introduction Act § 12 second para. */
  readonly transitionalBenefitRuleIntroductionAct: Parameter<TransitionalBenefitRule>;
  /** Overgangsstønad rule, Integration Act § 22 (assumption). */
  readonly transitionalBenefitRuleIntegrationAct: Parameter<TransitionalBenefitRule>;
  /** Threshold for an individual decision on a deduction, Introduction Act § 21 second para. (e) (IMDi). */
  readonly stipendDecisionThresholdIntroductionAct: Parameter<DecisionThreshold>;
  /** Threshold for an individual decision on a deduction, Integration Act § 21 (IMDi). */
  readonly stipendDecisionThresholdIntegrationAct: Parameter<DecisionThreshold>;
  /** Self-certification limits. */
  readonly selfCertificationLimits: Parameter<SelfCertificationLimits>;
  // Grants (IMDi), one table per grant, budget-year values.
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
  // Programme (regime, target group, length, leave).
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
  // Caseload.
  caseloadNorm,
  followUpCadence,
  // Stipend (introduksjonsstønad).
  stipendFractionsIntroductionAct,
  stipendFractionsIntegrationAct,
  stipendCoupleFraction,
  stipendDivisorsIntroductionAct,
  stipendDivisorsIntegrationAct,
  stipendFractionChange,
  transitionalBenefitRuleIntroductionAct,
  transitionalBenefitRuleIntegrationAct,
  stipendDecisionThresholdIntroductionAct,
  stipendDecisionThresholdIntegrationAct,
  selfCertificationLimits,
  // Grants (IMDi).
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
  // Programme (regime, target group, length, leave).
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
