/**
 * Limits on self-certified absence (egenmelding) that keeps the stipend: own illness only after 8 weeks in
 * the programme, at most 3 days at a time and 4 times in 12 months, a new illness within 16 days counting
 * with the previous one; a sick child: 10 working days per 12 months (15 with more than two children;
 * 20 / 30 for a sole carer). Two values with the same figures: from 2004-09-01 the Introduction Act's leave
 * regulation (FOR-2003-07-18-973 chapter 2 on absence for own illness, in force for self-certification
 * from 1 September 2004), from 2021-01-01 integreringsforskriften § 5 ff. (IMDi's legal guide, ch. 3), which
 * continues the old rules; both with IMDi's page on leave and absence. The table is looked up on the
 * programme start, so a participant who stays under the Introduction Act after 2021 (Integration Act
 * § 51) is cited the new regulation: the figures are the same.
 * @module
 */
import { type LegalReference } from '../../core/legal-reference.js';
import { references } from '../../sources/references.js';
import { defineParameter } from '../../core/parameters.js';

/** The limits. */
export interface SelfCertificationLimits {
  readonly qualifyingWeeks: number;
  readonly maxDaysPerCertificate: number;
  readonly maxCertificatesPer12Months: number;
  readonly relapseDays: number;
  readonly sickChildDays: {
    readonly standard: number;
    readonly moreThanTwoChildren: number;
    readonly soleCarer: number;
    readonly soleCarerMoreThanTwoChildren: number;
  };
}

const IMDI_LEAVE: LegalReference = {
  kind: 'agency',
  title: { nb: 'IMDi, Permisjon, ferie og fravær', en: 'IMDi, leave, holiday and absence' },
  url: 'https://www.imdi.no/introduksjonsprogram/regler-om-deltakelse-i-introduksjonsprogramet/permisjon-ferie-og-fravar/',
};

const LIMITS: SelfCertificationLimits = {
  qualifyingWeeks: 8,
  maxDaysPerCertificate: 3,
  maxCertificatesPer12Months: 4,
  relapseDays: 16,
  sickChildDays: { standard: 10, moreThanTwoChildren: 15, soleCarer: 20, soleCarerMoreThanTwoChildren: 30 },
};

/**
 * The self-certification limits.
 *
 * @example
 * ```ts
 * import { selfCertificationLimits, valueOn } from 'integreringsregler';
 * valueOn(selfCertificationLimits, '2024-01-01').value.maxDaysPerCertificate; // 3
 * ```
 */
export const selfCertificationLimits = /* @__PURE__ */ defineParameter<SelfCertificationLimits>({
  id: 'selfCertificationLimits',
  name: { nb: 'Grenser for egenmelding', en: 'Self-certification limits' },
  unit: 'rule',
  values: [
    {
      from: '2004-09-01',
      value: LIMITS,
      reference: { ...references.introductionActLeaveRegulation('kap. 2'), related: [IMDI_LEAVE] },
      basis: 'official',
    },
    {
      from: '2021-01-01',
      value: LIMITS,
      reference: { ...references.integrationRegulation('§ 5'), related: [IMDI_LEAVE] },
      basis: 'official',
    },
  ],
});
