/**
 * Which Act governs the introduction programme for a person, by the date a permit was granted or the
 * person arrived: the Introduction Act (introduksjonsloven, LOV-2003-07-04-80) until 31 December 2020,
 * the Integration Act (integreringsloven, LOV-2020-11-06-127) from 1 January 2021. The transitional rule
 * (Integration Act § 51, as described by IMDi and the county governors) keeps the Introduction Act for
 * a person whose permit was granted AND who arrived before the cutover; the regime rule reads this table
 * on both dates.
 * @module
 */
import type { LegalReference } from '../../core/legal-reference.js';
import { references } from '../../sources/references.js';
import { defineParameter } from '../../core/parameters.js';

/** The two Acts the programme has had. */
export type ProgrammeAct = 'introduksjonsloven' | 'integreringsloven';

/** Integration Act § 51 (who stays under the Introduction Act), with IMDi's page on it. */
const IMDI_PARTICIPATION: LegalReference = {
  ...references.integrationAct('§ 51'),
  title: { nb: 'integreringsloven', en: 'Integration Act' },
  url: 'https://introduksjonsprogrammet.imdi.no/regler-om-deltakelse-i-introduksjonsprogrammet/',
  related: [
    {
      kind: 'agency',
      title: { nb: 'IMDi, regler om deltakelse i introduksjonsprogrammet', en: 'IMDi, rules on taking part in the programme' },
      url: 'https://introduksjonsprogrammet.imdi.no/regler-om-deltakelse-i-introduksjonsprogrammet/',
    },
  ],
};

/**
 * The Act in force for new permits and arrivals on a date. The Introduction Act entered into force on
 * 1 September 2003 (mandatory for municipalities from 1 September 2004).
 *
 * @example
 * ```ts
 * import { programmeActInForce, valueOn } from 'integreringsregler';
 * valueOn(programmeActInForce, '2020-12-31').value; // 'introduksjonsloven'
 * valueOn(programmeActInForce, '2021-01-01').value; // 'integreringsloven'
 * ```
 */
export const programmeActInForce = /* @__PURE__ */ defineParameter<ProgrammeAct>({
  id: 'programmeActInForce',
  name: { nb: 'Lov som gjelder for nye tillatelser og ankomster', en: 'Act in force for new permits and arrivals' },
  unit: 'rule',
  values: [
    { from: '2003-09-01', value: 'introduksjonsloven', reference: references.introductionAct(), basis: 'statute' },
    { from: '2021-01-01', value: 'integreringsloven', reference: IMDI_PARTICIPATION, basis: 'official' },
  ],
});
