/**
 * The transitional benefit for single parents (overgangsstønad): the yearly stipend is reduced by 40 % of
 * the part of the yearly overgangsstønad that exceeds 0.5 G. Introduction Act § 12 second paragraph as
 * amended by LOV-2016-12-20-123 (Prop. 3 L (2016–2017)), from 1 January 2017. Whether Integration Act
 * § 22 keeps the rule was not confirmed (IMDi's summary does not mention it): assumed yes.
 * @module
 */
import { type LegalReference } from '../../core/legal-reference.js';
import { references } from '../../sources/references.js';
import { defineParameter } from '../../core/parameters.js';
import { Rational } from '../../core/rational.js';

/** The reduction rule: `share × max(0, yearly overgangsstønad − thresholdInG × G)` a year. */
export interface TransitionalBenefitRule {
  /** The share of the excess that reduces the stipend (2/5 = 40 %). */
  readonly share: Rational;
  /** The part of G that is left alone (1/2). */
  readonly thresholdInG: Rational;
}

/** The amending Act that gave § 12 its second paragraph (Prop. 3 L (2016–2017)). */
const AMENDMENT_2016: LegalReference = {
  kind: 'act',
  title: {
    nb: 'lov 20. desember 2016 nr. 123 om endringer i introduksjonsloven',
    en: 'Act of 20 December 2016 No. 123 amending the Introduction Act',
  },
  id: 'LOV-2016-12-20-123',
  url: 'https://lovdata.no/dokument/LTI/lov/2016-12-20-123',
};

const RULE: TransitionalBenefitRule = /* @__PURE__ */ Object.freeze({ share: Rational.of(2, 5), thresholdInG: Rational.of(1, 2) });

/** Shows the rule as text for explanations. @internal */
export function showTransitionalRule(r: TransitionalBenefitRule): string {
  return `${r.share.toString()} × (OS − ${r.thresholdInG.toString()} G)`;
}

/**
 * The rule under the Introduction Act (§ 12 second paragraph, from 2017-01-01).
 *
 * @example
 * ```ts
 * import { transitionalBenefitRuleIntroductionAct, valueOn } from 'integreringsregler';
 * valueOn(transitionalBenefitRuleIntroductionAct, '2024-01-01').value.share.toString(); // '2/5'
 * ```
 */
export const transitionalBenefitRuleIntroductionAct = /* @__PURE__ */ defineParameter<TransitionalBenefitRule>({
  id: 'transitionalBenefitRuleIntroductionAct',
  name: { nb: 'Samordning med overgangsstønad (introduksjonsloven)', en: 'Offset of transitional benefit (Introduction Act)' },
  unit: 'rule',
  values: [
    {
      from: '2017-01-01',
      value: RULE,
      // The section is the Introduction Act's (LOV-2003-07-04-80); the amending Act is cited after it.
      reference: { ...references.introductionAct('§ 12 andre ledd'), related: [AMENDMENT_2016] },
      basis: 'statute',
      note: {
        nb: 'Regelen er lest i endringsloven (LOV-2016-12-20-123); loven overlater ikrafttredelsen til Kongen. Datoen 1. januar 2017 er fra Stortingets behandling, ikke lest i ikrafttredelsesvedtaket: kontroller på Lovdata.',
        en: 'The rule is read in the amending Act (LOV-2016-12-20-123), which leaves the in-force date to the King. The date 1 January 2017 comes from the Storting’s proceedings, not from the in-force decree itself: check on Lovdata.',
      },
    },
  ],
});

/**
 * The rule under the Integration Act (§ 22), assumed to be the same as the old Act's.
 *
 * @example
 * ```ts
 * import { transitionalBenefitRuleIntegrationAct, valueOn } from 'integreringsregler';
 * valueOn(transitionalBenefitRuleIntegrationAct, '2024-01-01').basis; // 'assumption'
 * ```
 */
export const transitionalBenefitRuleIntegrationAct = /* @__PURE__ */ defineParameter<TransitionalBenefitRule>({
  id: 'transitionalBenefitRuleIntegrationAct',
  name: { nb: 'Samordning med overgangsstønad (integreringsloven)', en: 'Offset of transitional benefit (Integration Act)' },
  unit: 'rule',
  values: [
    {
      from: '2021-01-01',
      value: RULE,
      reference: references.integrationAct('§ 22'),
      basis: 'assumption',
      note: {
        nb: 'Antatt videreført fra introduksjonsloven § 12 andre ledd (40 % av overgangsstønad over 0,5 G). Lovteksten i § 22 er ikke kontrollert; IMDis omtale nevner ikke overgangsstønad. Kontroller § 22.',
        en: 'Assumed carried over from the Introduction Act § 12 second paragraph (40 % of transitional benefit above 0.5 G). The text of § 22 was not checked; IMDi’s summary does not mention it. Check § 22.',
      },
    },
  ],
});
