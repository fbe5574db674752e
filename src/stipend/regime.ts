/**
 * The two regimes a stipend is computed under: the Introduction Act (introduksjonsloven, 2004–2020, and
 * for those who arrived before 2021 under the Integration Act § 51) and the Integration Act
 * (integreringsloven, from 2021). The caller says which; the library does not guess it from dates.
 * @module
 */
import * as z from 'zod';
import type { LegalReference } from '../core/legal-reference.js';
import { references } from '../sources/references.js';
import type { Parameter } from '../core/parameters.js';
import type { StipendSlices } from './options.js';
import type { DecisionThreshold } from './tables/decision-threshold.js';
import type { StipendDivisors } from './tables/divisors.js';
import type { StipendFractions } from './tables/fractions.js';
import type { TransitionalBenefitRule } from './tables/transitional-benefit.js';

/** The regimes, by the Acts' Norwegian short names. */
export const STIPEND_REGIMES = ['introduksjonsloven', 'integreringsloven'] as const;

/** A regime. */
export type StipendRegime = (typeof STIPEND_REGIMES)[number];

/**
 * Zod schema for a regime; anything else is an input error naming the field.
 *
 * @example
 * ```ts
 * import { stipendRegimeSchema } from 'integreringsregler';
 * stipendRegimeSchema.safeParse('integreringsloven').success; // true
 * stipendRegimeSchema.safeParse('introduction').success; // false
 * ```
 */
export const stipendRegimeSchema = /* @__PURE__ */ z.enum(STIPEND_REGIMES);

/** The tables one regime reads. */
export interface RegimeParameters {
  readonly fractions: Parameter<StipendFractions>;
  readonly divisors: Parameter<StipendDivisors>;
  readonly transitional: Parameter<TransitionalBenefitRule>;
  readonly decisionThreshold: Parameter<DecisionThreshold>;
  /** The Act, for references in explanations. */
  readonly act: (section?: string) => LegalReference;
  /** Sections: [level, divisors, absence, offsets, own income, excess (set-off of deductions)]. */
  readonly sections: {
    readonly level: string;
    readonly divisors: string;
    readonly absence: string;
    readonly offsets: string;
    readonly ownIncome: string;
    readonly excess: string;
  };
  /** The absence rule: the Act's section, and for the Introduction Act its leave regulation (FOR-2003-07-18-973). */
  readonly absence: LegalReference;
}

/** The tables for a regime. @internal */
export function regimeParameters(parameters: StipendSlices, regime: StipendRegime): RegimeParameters {
  return regime === 'introduksjonsloven'
    ? {
        fractions: parameters.stipend.stipendFractionsIntroductionAct,
        divisors: parameters.stipend.stipendDivisorsIntroductionAct,
        transitional: parameters.stipend.transitionalBenefitRuleIntroductionAct,
        decisionThreshold: parameters.stipend.stipendDecisionThresholdIntroductionAct,
        act: references.introductionAct,
        // The excess: the Act's chapter 3 on the stipend (the section on set-off was not read).
        sections: { level: '§ 8', divisors: '§ 9', absence: '§ 10', offsets: '§ 12', ownIncome: '§ 11', excess: 'kap. 3' },
        absence: { ...references.introductionAct('§ 10'), related: [references.introductionActLeaveRegulation()] },
      }
    : {
        fractions: parameters.stipend.stipendFractionsIntegrationAct,
        divisors: parameters.stipend.stipendDivisorsIntegrationAct,
        transitional: parameters.stipend.transitionalBenefitRuleIntegrationAct,
        decisionThreshold: parameters.stipend.stipendDecisionThresholdIntegrationAct,
        act: references.integrationAct,
        sections: { level: '§ 20', divisors: '§ 20', absence: '§ 21', offsets: '§ 22', ownIncome: '§ 23', excess: '§ 25' },
        absence: references.integrationAct('§ 21'),
      };
}
