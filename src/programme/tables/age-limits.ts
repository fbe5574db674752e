/**
 * The programme's target group by age and time in Norway: aged 18–55 on the date the residence permit
 * is granted, and newly arrived — lived in a Norwegian municipality for less than 2 years (Introduction
 * Act § 2; Integration Act § 8). Lov 20. juni 2025 nr. 35 raises the upper age to "up to and including
 * 60", but that sentence was left out of the in-force decree; it is shipped as
 * {@link upperAge60Amendment}, a value without a date, so the decree date is a data change:
 * `withValues(defaultParameters.programme.programmeAgeLimits, [{ from: <decree date>, ...upperAge60Amendment }])`.
 * @module
 */
import type { DatedValue } from '../../core/parameters.js';
import { defineParameter } from '../../core/parameters.js';
import { type LegalReference } from '../../core/legal-reference.js';
import { references } from '../../sources/references.js';

/** The ages, in whole years on the permit date, both included. */
export interface ProgrammeAgeLimits {
  readonly minimumAge: number;
  readonly maximumAge: number;
}

/** Integration Act § 8, with IMDi's page on the target group. */
const IMDI_TARGET_GROUP: LegalReference = {
  ...references.integrationAct('§ 8'),
  title: { nb: 'integreringsloven', en: 'Integration Act' },
  url: 'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/malgruppe-for-introduksjonsprogram-etter-integreringsloven/',
  related: [
    {
      kind: 'agency',
      title: { nb: 'IMDi, målgruppe for introduksjonsprogram', en: 'IMDi, target group of the programme' },
      url: 'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/malgruppe-for-introduksjonsprogram-etter-integreringsloven/',
    },
  ],
};

/**
 * Age limits on the permit date, looked up on the permit date.
 *
 * @example
 * ```ts
 * import { programmeAgeLimits, valueOn } from 'integreringsregler';
 * valueOn(programmeAgeLimits, '2025-01-01').value; // { minimumAge: 18, maximumAge: 55 }
 * ```
 */
export const programmeAgeLimits = /* @__PURE__ */ defineParameter<ProgrammeAgeLimits>({
  id: 'programmeAgeLimits',
  name: { nb: 'Aldersgrenser for introduksjonsprogram', en: 'Age limits of the introduction programme' },
  unit: 'age',
  values: [
    { from: '2003-09-01', value: { minimumAge: 18, maximumAge: 55 }, reference: references.introductionAct('§ 2'), basis: 'official' },
    { from: '2021-01-01', value: { minimumAge: 18, maximumAge: 55 }, reference: IMDI_TARGET_GROUP, basis: 'official' },
  ],
});

/**
 * The upper age 60 adopted by Lov 20. juni 2025 nr. 35 (Prop. 81 L (2024–2025), Innst. 410 L
 * (2024–2025)), not yet put in force by decree. Add it with the decree's date as `from`.
 *
 * @example
 * ```ts
 * import { defaultParameters, upperAge60Amendment, valueOn, withValues } from 'integreringsregler';
 * const limits = withValues(defaultParameters.programme.programmeAgeLimits, [{ from: '2027-01-01', ...upperAge60Amendment }]);
 * valueOn(limits, '2027-01-01').value.maximumAge; // 60
 * ```
 */
export const upperAge60Amendment: Omit<DatedValue<ProgrammeAgeLimits>, 'from'> = /* @__PURE__ */ Object.freeze({
  value: { minimumAge: 18, maximumAge: 60 },
  reference: {
    kind: 'act' as const,
    title: {
      nb: 'integreringsloven § 8 (endret ved lov 20. juni 2025 nr. 35)',
      en: 'Integration Act § 8 (amended by Act of 20 June 2025 no. 35)',
    },
    id: 'LOV-2025-06-20-35',
    url: 'https://lovdata.no/dokument/LTI/lov/2025-06-20-35',
  },
  basis: 'statute',
});

/** How long a person may have lived in a Norwegian municipality and still be newly arrived. */
export interface NewlyArrivedLimit {
  /** Lived in a municipality for fewer than this many months. */
  readonly months: number;
}

/**
 * "Newly arrived": lived in a Norwegian municipality for less than 2 years (24 months).
 *
 * @example
 * ```ts
 * import { programmeNewlyArrivedLimit, valueOn } from 'integreringsregler';
 * valueOn(programmeNewlyArrivedLimit, '2024-01-01').value.months; // 24
 * ```
 */
export const programmeNewlyArrivedLimit = /* @__PURE__ */ defineParameter<NewlyArrivedLimit>({
  id: 'programmeNewlyArrivedLimit',
  name: { nb: 'Nyankommet: botid i kommune under', en: 'Newly arrived: time lived in a municipality below' },
  unit: 'months',
  values: [
    { from: '2003-09-01', value: { months: 24 }, reference: references.introductionAct('§ 2'), basis: 'official' },
    { from: '2021-01-01', value: { months: 24 }, reference: IMDI_TARGET_GROUP, basis: 'official' },
  ],
});
