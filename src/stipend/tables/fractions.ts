/**
 * The level of the introduction stipend per regime: the yearly amount in G and the fractions for young
 * participants. Introduction Act § 8 (2 G; under 25: 2/3); Integration Act § 20 (2 G; under 25 not living
 * with a parent: 2/3; under 25 living with one or both parents: 1/3). The age limit (25) is part of the
 * same rule. Sources: Prop. 89 L (2019–2020) ch. 9.1 and IMDi's page on the stipend.
 * @module
 */
import type { LegalReference } from '../../core/legal-reference.js';
import { references } from '../../sources/references.js';
import { defineParameter } from '../../core/parameters.js';
import { Rational } from '../../core/rational.js';

/** The stipend level under one regime. */
export interface StipendFractions {
  /** The yearly amount in G (2). */
  readonly yearlyInG: Rational;
  /** Participants under this age get a reduced fraction (25). */
  readonly ageLimit: number;
  /** Fraction for a participant under the age limit (2/3). */
  readonly under25: Rational;
  /** Fraction for a participant under the age limit living with a parent (Integration Act: 1/3); none under the Introduction Act. */
  readonly under25WithParent: Rational | undefined;
}

/** Integration Act § 20, with IMDi's page on the stipend. */
const IMDI_STIPEND: LegalReference = {
  ...references.integrationAct('§ 20'),
  url: 'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/introduksjonsstonad/',
  related: [
    {
      kind: 'agency',
      title: { nb: 'IMDi, Introduksjonsstønad', en: 'IMDi, the introduction stipend' },
      url: 'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/introduksjonsstonad/',
    },
  ],
};

/**
 * Introduction Act § 8: 2 G a year, 2/3 for participants under 25 (no separate rule for living with a
 * parent). From 1 September 2004, when the Act became compulsory for every municipality.
 *
 * @example
 * ```ts
 * import { stipendFractionsIntroductionAct, valueOn } from 'integreringsregler';
 * valueOn(stipendFractionsIntroductionAct, '2019-06-01').value.under25.toString(); // '2/3'
 * ```
 */
export const stipendFractionsIntroductionAct = /* @__PURE__ */ defineParameter<StipendFractions>({
  id: 'stipendFractionsIntroductionAct',
  name: { nb: 'Introduksjonsstønadens nivå (introduksjonsloven)', en: 'Stipend level (Introduction Act)' },
  unit: 'fraction',
  values: [
    {
      from: '2004-09-01',
      value: { yearlyInG: Rational.of(2), ageLimit: 25, under25: Rational.of(2, 3), under25WithParent: undefined },
      reference: {
        ...references.introductionAct('§ 8 andre og tredje ledd'),
        url: 'https://www.regjeringen.no/no/dokumenter/prop.-89-l-20192020/id2699012/?ch=9',
      },
      basis: 'official',
    },
  ],
});

/**
 * Integration Act § 20: 2 G a year; under 25: 2/3, or 1/3 when living with one or both parents. From
 * 1 January 2021.
 *
 * @example
 * ```ts
 * import { stipendFractionsIntegrationAct, valueOn } from 'integreringsregler';
 * valueOn(stipendFractionsIntegrationAct, '2024-05-01').value.under25WithParent?.toString(); // '1/3'
 * ```
 */
export const stipendFractionsIntegrationAct = /* @__PURE__ */ defineParameter<StipendFractions>({
  id: 'stipendFractionsIntegrationAct',
  name: { nb: 'Introduksjonsstønadens nivå (integreringsloven)', en: 'Stipend level (Integration Act)' },
  unit: 'fraction',
  values: [
    {
      from: '2021-01-01',
      value: { yearlyInG: Rational.of(2), ageLimit: 25, under25: Rational.of(2, 3), under25WithParent: Rational.of(1, 3) },
      reference: IMDI_STIPEND,
      basis: 'official',
    },
  ],
});

/** Shows a level as text for explanations. @internal */
export function showFractions(f: StipendFractions): string {
  return `${f.yearlyInG.toString()} G; <${f.ageLimit}: ${f.under25.toString()}${f.under25WithParent === undefined ? '' : `, <${f.ageLimit} w/ parent: ${f.under25WithParent.toString()}`}`;
}
