/**
 * The dated tables read by the rules on the introduction stipend (introduksjonsloven §§ 8–12, integreringsloven §§ 20–23), as one slice of the library's parameter set
 * (`ParameterSet.stipend`), and the slice the library ships.
 * @module
 */
import type { Parameter } from '../core/parameters.js';
import type { Rational } from '../core/rational.js';
import { stipendCoupleFraction } from './tables/couple-fraction.js';
import {
  stipendDecisionThresholdIntegrationAct,
  stipendDecisionThresholdIntroductionAct,
  type DecisionThreshold,
} from './tables/decision-threshold.js';
import { stipendDivisorsIntegrationAct, stipendDivisorsIntroductionAct, type StipendDivisors } from './tables/divisors.js';
import { stipendFractionChange, type StipendFractionChange } from './tables/fraction-change.js';
import { stipendFractionsIntegrationAct, stipendFractionsIntroductionAct, type StipendFractions } from './tables/fractions.js';
import { selfCertificationLimits, type SelfCertificationLimits } from './tables/self-certification-limits.js';
import {
  transitionalBenefitRuleIntegrationAct,
  transitionalBenefitRuleIntroductionAct,
  type TransitionalBenefitRule,
} from './tables/transitional-benefit.js';

/** The tables the stipend rules read. */
export interface StipendParameters {
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
}

/**
 * The stipend tables the library ships, each value with its legal reference and basis.
 *
 * @example
 * ```ts
 * import { defaultStipendParameters } from 'integreringsregler';
 * defaultStipendParameters.stipendFractionsIntroductionAct.values.length > 0; // true
 * ```
 */
export const defaultStipendParameters: StipendParameters = /* @__PURE__ */ Object.freeze({
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
});
