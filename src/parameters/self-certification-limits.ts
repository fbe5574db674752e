/**
 * Limits on self-certified absence (egenmelding) that keeps the stipend: own illness only after 8 weeks in
 * the programme, at most 3 days at a time and 4 times in 12 months, a new illness within 16 days counting
 * with the previous one; a sick child: 10 working days per 12 months (15 with more than two children;
 * 20 / 30 for a sole carer). Integreringsforskriften § 5 ff. (IMDi's legal guide, ch. 3) and IMDi's page on
 * leave and absence; the figures are those of the old regulation, which the new one continues.
 * @module
 */
import type { LegalReference } from '../core/legal-reference.js';
import { defineParameter } from '../core/parameters.js';

/** The limits. */
export interface SelfCertificationLimits {
  readonly qualifyingWeeks: number;
  readonly maxDaysPerCertificate: number;
  readonly maxCertificatesPer12Months: number;
  readonly relapseDays: number;
  readonly sickChildDays: { readonly standard: number; readonly moreThanTwoChildren: number; readonly soleCarer: number; readonly soleCarerMoreThanTwoChildren: number };
}

const IMDI_LEAVE: LegalReference = {
  kind: 'agency',
  title: { nb: 'integreringsforskriften § 5; IMDi, Permisjon, ferie og fravær', en: 'the Integration Regulation § 5; IMDi, leave, holiday and absence' },
  url: 'https://www.imdi.no/introduksjonsprogram/regler-om-deltakelse-i-introduksjonsprogramet/permisjon-ferie-og-fravar/',
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
export const selfCertificationLimits = defineParameter<SelfCertificationLimits>({
  id: 'selfCertificationLimits',
  name: { nb: 'Grenser for egenmelding', en: 'Self-certification limits' },
  unit: 'rule',
  values: [
    {
      from: '2004-09-01',
      value: {
        qualifyingWeeks: 8,
        maxDaysPerCertificate: 3,
        maxCertificatesPer12Months: 4,
        relapseDays: 16,
        sickChildDays: { standard: 10, moreThanTwoChildren: 15, soleCarer: 20, soleCarerMoreThanTwoChildren: 30 },
      },
      reference: IMDI_LEAVE,
      basis: 'official',
    },
  ],
});
