/**
 * When a deduction from the stipend needs an individual decision (enkeltvedtak): when it is 50 % or more
 * of a single payment and at least 1/12 G. One dated table per Act, each with its own source:
 * - Introduction Act: IMDi's page on the administration's discretion ("Forvaltningens frie skjønn", section
 *   "Trekk i introduksjonsstønad") says a decision on a deduction from future stipend payments can be
 *   appealed to the county governor — it is an individual decision — when the deduction is 50 % or more of
 *   a single payment and at least 1/12 G, citing introduksjonsloven § 21 second paragraph (e);
 * - Integration Act: IMDi, "Fravær og permisjoner etter integreringsloven" (§ 21).
 * Both are `official` (stated by IMDi; neither statute text was read here).
 * @module
 */
import { type LegalReference } from '../../core/legal-reference.js';
import { references } from '../../sources/references.js';
import { defineParameter } from '../../core/parameters.js';
import { Rational } from '../../core/rational.js';

/** Both limits must be reached. */
export interface DecisionThreshold {
  /** Share of the payment (1/2). */
  readonly shareOfPayment: Rational;
  /** Share of G (1/12). */
  readonly shareOfG: Rational;
}

const HALF_AND_TWELFTH: DecisionThreshold = /* @__PURE__ */ Object.freeze({
  shareOfPayment: Rational.of(1, 2),
  shareOfG: Rational.of(1, 12),
});

/** Shows a threshold as text for explanations. @internal */
export function showDecisionThreshold(v: DecisionThreshold): string {
  return `${v.shareOfPayment.toString()} / ${v.shareOfG.toString()} G`;
}

const IMDI_INTRODUCTION_ACT: LegalReference = {
  kind: 'agency',
  title: {
    nb: 'introduksjonsloven § 21 andre ledd bokstav e; IMDi, Forvaltningens frie skjønn',
    en: 'the Introduction Act § 21 second paragraph (e); IMDi, the discretion of the administration',
  },
  id: 'LOV-2003-07-04-80',
  url: 'https://www.imdi.no/introduksjonsprogram/vedtak-og-klager/forvaltningens-frie-skjonn/',
};

/** Integration Act § 21, with IMDi's page on absence and leave. */
const IMDI_INTEGRATION_ACT: LegalReference = {
  ...references.integrationAct('§ 21'),
  url: 'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/fravar-og-permisjoner-etter-integreringsloven/',
  related: [
    {
      kind: 'agency',
      title: { nb: 'IMDi, Fravær og permisjoner', en: 'IMDi, absence and leave' },
      url: 'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/fravar-og-permisjoner-etter-integreringsloven/',
    },
  ],
};

/**
 * The threshold under the Introduction Act (§ 21 second paragraph (e)), from 1 September 2004.
 *
 * @example
 * ```ts
 * import { stipendDecisionThresholdIntroductionAct, valueOn } from 'integreringsregler';
 * valueOn(stipendDecisionThresholdIntroductionAct, '2019-05-01').value.shareOfG.toString(); // '1/12'
 * valueOn(stipendDecisionThresholdIntroductionAct, '2019-05-01').basis; // 'official'
 * ```
 */
export const stipendDecisionThresholdIntroductionAct = /* @__PURE__ */ defineParameter<DecisionThreshold>({
  id: 'stipendDecisionThresholdIntroductionAct',
  name: {
    nb: 'Terskel for enkeltvedtak om trekk (introduksjonsloven)',
    en: 'Threshold for an individual decision on a deduction (Introduction Act)',
  },
  unit: 'rule',
  values: [
    {
      from: '2004-09-01',
      value: HALF_AND_TWELFTH,
      reference: IMDI_INTRODUCTION_ACT,
      basis: 'official',
      note: {
        nb: 'IMDi viser til introduksjonsloven § 21 andre ledd bokstav e: vedtak om trekk i fremtidige utbetalinger kan påklages til statsforvalteren (er enkeltvedtak) når trekket er 50 % eller mer av én utbetaling og minst 1/12 G. Biblioteket tester månedens trekk for ugyldig fravær mot dette; selve lovteksten er ikke lest her.',
        en: 'IMDi cites the Introduction Act § 21 second paragraph (e): a decision on a deduction from future payments can be appealed to the county governor (it is an individual decision) when the deduction is 50 % or more of one payment and at least 1/12 G. The library tests the month’s deduction for unexcused absence against it; the statute text itself was not read here.',
      },
    },
  ],
});

/**
 * The threshold under the Integration Act (§ 21), from 1 January 2021.
 *
 * @example
 * ```ts
 * import { stipendDecisionThresholdIntegrationAct, valueOn } from 'integreringsregler';
 * valueOn(stipendDecisionThresholdIntegrationAct, '2024-05-01').value.shareOfG.toString(); // '1/12'
 * ```
 */
export const stipendDecisionThresholdIntegrationAct = /* @__PURE__ */ defineParameter<DecisionThreshold>({
  id: 'stipendDecisionThresholdIntegrationAct',
  name: {
    nb: 'Terskel for enkeltvedtak om trekk (integreringsloven)',
    en: 'Threshold for an individual decision on a deduction (Integration Act)',
  },
  unit: 'rule',
  values: [{ from: '2021-01-01', value: HALF_AND_TWELFTH, reference: IMDI_INTEGRATION_ACT, basis: 'official' }],
});
