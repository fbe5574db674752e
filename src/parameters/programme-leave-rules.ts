/**
 * Which leave, absence and time off moves a programme's end date, per Act, and the 10 % absence
 * reference a case worker weighs before a stop.
 * - Introduction Act § 5: the programme runs up to 2 years "plus approved leave" — approved leave
 *   (permisjon) moves the end date day for day; absence and time off do not. Which leave is approved is
 *   set by the Act's leave regulation, FOR-2003-07-18-973 (given under § 10 and § 20).
 * - Integration Act from 1 January 2026 (integreringsforskriften §§ 10 and 19 as amended by
 *   FOR-2025-09-17-1909): absence, time off and leave that together exceed ten working days are added
 *   to the programme's duration; days off under § 17 second paragraph and holiday under § 18 are not.
 * - Integration Act 2021–2025 and chapter 6A: no source found; the library assumes the same ten-day rule.
 * @module
 */
import { references, type LegalReference } from '../core/legal-reference.js';
import { defineParameter } from '../core/parameters.js';
import { Rational } from '../core/rational.js';

/** Kinds of time away from the programme. */
export type LeaveKind = 'leave' | 'absence' | 'timeOff' | 'dayOffSection17' | 'holiday';

/** Which kinds move the end date, and from what total. */
export interface LeaveRule {
  /** The kinds whose days are added to the programme's duration. */
  readonly countedKinds: readonly LeaveKind[];
  /**
   * Added only when the counted days together exceed this many working days (0: every day is added).
   * When exceeded, all counted days are added, not only the excess.
   */
  readonly thresholdWorkingDays: number;
}

/**
 * Introduction Act: approved leave moves the end date day for day.
 *
 * @example
 * ```ts
 * import { introductionActLeaveRule, valueOn } from 'integreringsregler';
 * valueOn(introductionActLeaveRule, '2020-03-01').value.countedKinds; // ['leave']
 * ```
 */
export const introductionActLeaveRule = defineParameter<LeaveRule>({
  id: 'introductionActLeaveRule',
  name: { nb: 'Permisjon som forlenger programmet (introduksjonsloven)', en: 'Leave that extends the programme (Introduction Act)' },
  unit: 'rule',
  values: [
    {
      from: '2003-09-01',
      value: { countedKinds: ['leave'], thresholdWorkingDays: 0 },
      reference: {
        ...references.introductionAct('§ 5'),
        url: 'https://www.imdi.no/introduksjonsprogram/regler-om-deltakelse-i-introduksjonsprogramet/regler-om-varighet-og-fravar/',
        related: [references.introductionActLeaveRegulation()],
      },
      basis: 'official',
    },
  ],
});

const TEN_DAYS_2026: LegalReference = {
  kind: 'regulation',
  title: { nb: 'integreringsforskriften §§ 10 og 19 (endret ved FOR-2025-09-17-1909)', en: 'Integration Regulation §§ 10 and 19 (amended by FOR-2025-09-17-1909)' },
  id: 'FOR-2025-09-17-1909',
  url: 'https://lovdata.no/dokument/LTI/forskrift/2025-09-17-1909',
};

const TEN_DAYS = { countedKinds: ['leave', 'absence', 'timeOff'], thresholdWorkingDays: 10 } as const satisfies LeaveRule;

/**
 * Integration Act (and chapter 6A): the ten-working-day rule, looked up on the programme's start date.
 *
 * @example
 * ```ts
 * import { integrationActLeaveRule, valueOn } from 'integreringsregler';
 * valueOn(integrationActLeaveRule, '2026-01-01').value.thresholdWorkingDays; // 10
 * valueOn(integrationActLeaveRule, '2023-01-01').basis; // 'assumption'
 * ```
 */
export const integrationActLeaveRule = defineParameter<LeaveRule>({
  id: 'integrationActLeaveRule',
  name: { nb: 'Fravær og permisjon som forlenger programmet (integreringsloven)', en: 'Absence and leave that extend the programme (Integration Act)' },
  unit: 'rule',
  values: [
    {
      from: '2021-01-01',
      value: TEN_DAYS,
      reference: references.integrationRegulation('§§ 10 og 19'),
      basis: 'assumption',
      note: {
        nb: 'Ingen kilde funnet for hvordan fravær og permisjon forlenget programmet etter 2021-reglene; biblioteket bruker ti-virkedagersregelen fra 2026. Kontroller integreringsforskriften slik den lød før 2026, også for kapittel 6A.',
        en: 'No source found for how absence and leave extended the programme under the 2021 rules; the library applies the 2026 ten-working-day rule. Check the Integration Regulation as worded before 2026, also for chapter 6A.',
      },
    },
    {
      from: '2026-01-01',
      value: TEN_DAYS,
      reference: TEN_DAYS_2026,
      basis: 'statute',
      note: {
        nb: 'At hele fraværet (ikke bare det som overstiger ti dager) legges til, og at dagene telles over hele programmet, er bibliotekets lesning.',
        en: "That all the days (not only those above ten) are added, counted over the whole programme, is the library's reading.",
      },
    },
  ],
});

/**
 * The absence share the Introduction Act guidance uses as a reference for a stop: unexcused absence
 * substantially above 10 % of the programme time granted so far (IMDi). A figure to report, not a rule.
 *
 * @example
 * ```ts
 * import { absenceShareReference, valueOn } from 'integreringsregler';
 * valueOn(absenceShareReference, '2024-01-01').value.toString(); // '1/10'
 * ```
 */
export const absenceShareReference = defineParameter<Rational>({
  id: 'absenceShareReference',
  name: { nb: 'Referanse for ugyldig fravær (andel av innvilget programtid)', en: 'Reference for unexcused absence (share of granted time)' },
  unit: 'share',
  values: [
    {
      from: '2003-09-01',
      value: Rational.of(1, 10),
      reference: {
        kind: 'agency',
        title: { nb: 'IMDi, stans av introduksjonsprogrammet', en: 'IMDi, stopping the introduction programme' },
        url: 'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/stans-av-introduksjonsprogrammet-etter-integreringsloven/',
      },
      basis: 'official',
    },
  ],
});
