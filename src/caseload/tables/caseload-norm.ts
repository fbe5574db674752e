/**
 * The adviser norm: how many introduction-programme participants one full-time programme adviser
 * (programrådgiver) follows. IMDi's recommendation of 20 participants per 100 % adviser, as cited in the
 * Grong organisation plan (2017). It is a planning norm, not law; a municipality may plan with its own by
 * overriding this parameter.
 * @module
 */
import { GRONG_PLAN } from '../../sources/caseload-sources.js';
import { defineParameter } from '../../core/parameters.js';

/**
 * Participants per full-time (100 %) programme adviser: 20 from 2017 (the year of the plan that states
 * it). Must be a positive whole number; an override that is not is refused when a rule reads it.
 *
 * @example
 * ```ts
 * import { caseloadNorm, valueOn } from 'integreringsregler';
 * valueOn(caseloadNorm, '2024-01-01').value; // 20
 * ```
 */
export const caseloadNorm = /* @__PURE__ */ defineParameter<number>({
  id: 'caseloadNorm',
  name: { nb: 'Deltakere per årsverk programrådgiver', en: 'Participants per full-time programme adviser' },
  unit: 'participants/FTE',
  values: [
    {
      from: '2017-01-01',
      value: 20,
      reference: GRONG_PLAN,
      basis: 'practice',
      note: {
        nb: 'IMDis anbefaling slik Grong kommunes organisasjonsplan (2017) gjengir den; ingen IMDi-side med tallet er funnet. Kommunen bør sjekke om den planlegger med en egen norm (og om IMDi gir en annen norm for deltakere med kollektiv beskyttelse), og i så fall overstyre verdien.',
        en: "IMDi's recommendation as quoted in Grong municipality's organisation plan (2017); no IMDi page stating the figure has been found. A municipality should check whether it plans with a norm of its own (and whether IMDi gives another norm for collective-protection participants) and override the value if so.",
      },
    },
  ],
});
