/**
 * When a deduction for absence needs an individual decision (enkeltvedtak): when it is 50 % or more of a
 * single payment and at least 1/12 G. IMDi, "Fravær og permisjoner etter integreringsloven" (Integration
 * Act § 21); the same threshold applied under the Introduction Act.
 * @module
 */
import { references, type LegalReference } from '../core/legal-reference.js';
import { defineParameter } from '../core/parameters.js';
import { Rational } from '../core/rational.js';

/** Both limits must be reached. */
export interface DecisionThreshold {
  /** Share of the payment (1/2). */
  readonly shareOfPayment: Rational;
  /** Share of G (1/12). */
  readonly shareOfG: Rational;
}

/** Integration Act § 21, with IMDi's page on absence and leave. */
const IMDI_ABSENCE: LegalReference = {
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
 * The threshold for an individual decision on a deduction.
 *
 * @example
 * ```ts
 * import { stipendDecisionThreshold, valueOn } from 'integreringsregler';
 * valueOn(stipendDecisionThreshold, '2024-05-01').value.shareOfG.toString(); // '1/12'
 * ```
 */
export const stipendDecisionThreshold = defineParameter<DecisionThreshold>({
  id: 'stipendDecisionThreshold',
  name: { nb: 'Terskel for enkeltvedtak om trekk', en: 'Threshold for an individual decision on a deduction' },
  unit: 'rule',
  values: [{ from: '2004-09-01', value: { shareOfPayment: Rational.of(1, 2), shareOfG: Rational.of(1, 12) }, reference: IMDI_ABSENCE, basis: 'official' }],
});
