/**
 * How long an introduction programme may last, by Act, prior education and end goal, keyed by the date
 * the start was offered (integreringsforskriften §§ 75–76 as amended by FOR-2025-06-20-1154/1102):
 * - Introduction Act § 5: up to 2 years, extension up to 1 year.
 * - Integration Act as enacted 2021 (§ 13 old version): 3 months–3 years with full upper-secondary
 *   education (VGO) as the end goal; 3 months–2 years for any other end goal; extension up to 1 year.
 * - Lov 20. juni 2025 nr. 35, from 1 January 2026: new § 13 (with VGO-level education) up to 12 months, no
 *   extension; new § 14 (without): part of VGO 3 years + up to 1 year, all of VGO 4 years + up to 1 year
 *   (both for starts offered after 1 January 2025), trade training 5 years and work-qualifying 2 years,
 *   no extension (starts offered after 1 January 2026).
 * @module
 */
import type { IsoDate } from '../core/date.js';
import { references, type LegalReference } from '../core/legal-reference.js';
import { defineParameter, type DatedValue, type Parameter } from '../core/parameters.js';

/** How an extension may be granted. */
export type ExtensionRule = 'none' | 'discretionary' | 'mandatoryWhereItHelps';

/** The bounds of one programme track. */
export interface ProgrammeDuration {
  /** Shortest programme, months (0: no minimum). */
  readonly minimumMonths: number;
  /** Longest programme without extension, months. */
  readonly maximumMonths: number;
  /** Longest extension, months (0 when none is allowed). */
  readonly extensionMonths: number;
  readonly extension: ExtensionRule;
}

const REFORM: LegalReference = {
  kind: 'act',
  title: { nb: 'integreringsloven §§ 13–14 (lov 20. juni 2025 nr. 35); integreringsforskriften §§ 75–76', en: 'Integration Act §§ 13–14 (Act of 20 June 2025 no. 35); Integration Regulation §§ 75–76' },
  id: 'LOV-2025-06-20-35',
  url: 'https://lovdata.no/dokument/LTI/lov/2025-06-20-35',
};
const ROGALAND: LegalReference = {
  kind: 'guidance',
  title: { nb: 'integreringsloven § 13 (2021); Statsforvalteren i Rogaland; Prop. 81 L (2024–2025) pkt. 7.1', en: 'Integration Act § 13 (2021); County Governor of Rogaland; Prop. 81 L (2024–2025) s. 7.1' },
  url: 'https://www.statsforvalteren.no/nb/rogaland/',
};

function d(minimumMonths: number, maximumMonths: number, extensionMonths: number, extension: ExtensionRule): ProgrammeDuration {
  return { minimumMonths, maximumMonths, extensionMonths, extension };
}
const OLD_OTHER = d(3, 24, 12, 'discretionary');
function v(from: IsoDate, value: ProgrammeDuration, reference: LegalReference, basis: DatedValue<ProgrammeDuration>['basis'], extra: Partial<DatedValue<ProgrammeDuration>> = {}): DatedValue<ProgrammeDuration> {
  return { from, value, reference, basis, ...extra };
}
function track(id: string, nb: string, en: string, values: DatedValue<ProgrammeDuration>[]): Parameter<ProgrammeDuration> {
  return defineParameter({ id, name: { nb, en }, unit: 'months', values });
}

/**
 * Introduction Act § 5: up to 2 years, extendable by up to 1 year (IMDi, rules on length and absence).
 *
 * @example
 * ```ts
 * import { introductionActDuration, valueOn } from 'integreringsregler';
 * valueOn(introductionActDuration, '2020-03-01').value.maximumMonths; // 24
 * ```
 */
export const introductionActDuration = track('introductionActDuration', 'Varighet etter introduksjonsloven', 'Length under the Introduction Act', [
  v('2003-09-01', d(0, 24, 12, 'discretionary'), references.introductionAct('§ 5'), 'official'),
]);

/**
 * Participants WITH upper-secondary (VGO) education or higher. 2021: up to 6 months is an assumption;
 * from starts offered after 1 January 2026: up to 12 months, no extension (new § 13).
 *
 * @example
 * ```ts
 * import { durationWithUpperSecondary, valueOn } from 'integreringsregler';
 * valueOn(durationWithUpperSecondary, '2026-03-01').value.extension; // 'none'
 * ```
 */
export const durationWithUpperSecondary = track('durationWithUpperSecondary', 'Varighet med videregående nivå eller høyere', 'Length with upper-secondary education or higher', [
  v('2021-01-01', d(3, 6, 12, 'discretionary'), ROGALAND, 'assumption', {
    note: {
      nb: 'Øvre grense (6 måneder) og adgang til forlengelse for deltakere med utdanning på videregående nivå etter 2021-reglene er ikke bekreftet. Kontroller integreringsloven § 13 slik den lød før 2026.',
      en: 'The upper bound (6 months) and the right to extend for participants with upper-secondary education under the 2021 rules are unconfirmed. Check Integration Act § 13 as worded before 2026.',
    },
  }),
  v('2026-01-01', d(0, 12, 0, 'none'), REFORM, 'statute'),
]);

/**
 * Without VGO education, end goal ALL of upper-secondary: 3 years + 1 (2021); 4 years + up to 1 year,
 * the extension mandatory where it helps reach the goal (starts offered after 1 January 2025).
 *
 * @example
 * ```ts
 * import { durationFullUpperSecondaryGoal, valueOn } from 'integreringsregler';
 * valueOn(durationFullUpperSecondaryGoal, '2025-02-01').value.maximumMonths; // 48
 * ```
 */
export const durationFullUpperSecondaryGoal = track('durationFullUpperSecondaryGoal', 'Varighet, sluttmål fullført videregående', 'Length, end goal full upper-secondary', [
  v('2021-01-01', d(3, 36, 12, 'discretionary'), ROGALAND, 'official'),
  v('2025-01-01', d(0, 48, 12, 'mandatoryWhereItHelps'), REFORM, 'statute'),
]);

/**
 * Without VGO education, end goal PART of upper-secondary: 2 years + 1 (2021, "any other end goal");
 * 3 years + up to 1 year, mandatory where it helps (starts offered after 1 January 2025).
 *
 * @example
 * ```ts
 * import { durationPartUpperSecondaryGoal, valueOn } from 'integreringsregler';
 * valueOn(durationPartUpperSecondaryGoal, '2025-02-01').value.maximumMonths; // 36
 * ```
 */
export const durationPartUpperSecondaryGoal = track('durationPartUpperSecondaryGoal', 'Varighet, sluttmål deler av videregående', 'Length, end goal part of upper-secondary', [
  v('2021-01-01', OLD_OTHER, ROGALAND, 'official'),
  v('2025-01-01', d(0, 36, 12, 'mandatoryWhereItHelps'), REFORM, 'statute'),
]);

/**
 * Without VGO education, end goal trade or vocational training (fag- og yrkesopplæring): 2 years + 1
 * (2021); 5 years, no extension, for starts offered after 1 January 2026 (whether the 2025 cutover of
 * the other upper-secondary goals applies instead is an open question).
 *
 * @example
 * ```ts
 * import { durationTradeTraining, valueOn } from 'integreringsregler';
 * valueOn(durationTradeTraining, '2026-02-01').value.maximumMonths; // 60
 * ```
 */
export const durationTradeTraining = track('durationTradeTraining', 'Varighet, sluttmål fag- og yrkesopplæring', 'Length, end goal trade training', [
  v('2021-01-01', OLD_OTHER, ROGALAND, 'official'),
  v('2026-01-01', d(0, 60, 0, 'none'), REFORM, 'assumption', {
    note: {
      nb: 'Lengden (5 år) er lovtekst; at den gjelder oppstart tilbudt etter 1. januar 2026 (og ikke 2025, som for sluttmål videregående) er en antagelse. Kontroller integreringsforskriften §§ 75–76.',
      en: 'The length (5 years) is statute; that it applies to starts offered after 1 January 2026 (not 2025, as for upper-secondary goals) is an assumption. Check the Integration Regulation §§ 75–76.',
    },
  }),
]);

/**
 * Without VGO education, a work-qualifying programme: 2 years + 1 (2021); 2 years, no extension (starts
 * offered after 1 January 2026).
 *
 * @example
 * ```ts
 * import { durationWorkQualifying, valueOn } from 'integreringsregler';
 * valueOn(durationWorkQualifying, '2026-02-01').value.extensionMonths; // 0
 * ```
 */
export const durationWorkQualifying = track('durationWorkQualifying', 'Varighet, arbeidskvalifiserende program', 'Length, work-qualifying programme', [
  v('2021-01-01', OLD_OTHER, ROGALAND, 'official'),
  v('2026-01-01', d(0, 24, 0, 'none'), REFORM, 'statute'),
]);

/**
 * Without VGO education, any other end goal: only under the 2021 rules (the 2026 § 14 knows four goals).
 *
 * @example
 * ```ts
 * import { durationOtherGoal, valueOn } from 'integreringsregler';
 * valueOn(durationOtherGoal, '2025-12-31').value.maximumMonths; // 24
 * ```
 */
export const durationOtherGoal = track('durationOtherGoal', 'Varighet, annet sluttmål (2021-reglene)', 'Length, other end goal (2021 rules)', [
  v('2021-01-01', OLD_OTHER, ROGALAND, 'official', { to: '2025-12-31' }),
]);

/**
 * Chapter 6A (collective protection) programme bounds for starts offered before 2026; from 2026 § 34
 * holders follow the ordinary §§ 13–14 (§ 37 c rewritten). The bounds are an assumption.
 *
 * @example
 * ```ts
 * import { chapter6ADuration, valueOn } from 'integreringsregler';
 * valueOn(chapter6ADuration, '2023-01-01').value.maximumMonths; // 12
 * ```
 */
export const chapter6ADuration = track('chapter6ADuration', 'Varighet etter kapittel 6A', 'Length under chapter 6A', [
  v('2022-06-15', d(0, 12, 12, 'discretionary'), references.integrationAct('§ 37 c'), 'assumption', {
    to: '2025-12-31',
    note: {
      nb: 'Lovens ramme for programmet etter kapittel 6A er ikke funnet; Prop. 101 L (2023–2024) pkt. 5.1 sier at stønaden vanligvis utbetales i 6–12 måneder. Kontroller integreringsloven § 37 c slik den lød på tilbudsdatoen.',
      en: 'The statutory bounds of a chapter 6A programme were not found; Prop. 101 L (2023–2024) s. 5.1 says the stipend is usually paid for 6–12 months. Check Integration Act § 37 c as worded on the offer date.',
    },
  }),
]);

/** How a start offered ON a reform's cutover day is treated. */
export interface DurationCutover {
  /** The reform dates whose rules apply to starts offered "after" them. */
  readonly cutoverDates: readonly IsoDate[];
  /** Whether an offer made on the cutover day itself counts as "after" it. */
  readonly offerOnTheDayCountsAsAfter: boolean;
}

/**
 * Whether an offer made on 1 January 2025 or 2026 falls under the new durations ("etter 1. januar").
 *
 * @example
 * ```ts
 * import { programmeDurationCutover, valueOn } from 'integreringsregler';
 * valueOn(programmeDurationCutover, '2026-01-01').value.offerOnTheDayCountsAsAfter; // true
 * ```
 */
export const programmeDurationCutover = defineParameter<DurationCutover>({
  id: 'programmeDurationCutover',
  name: { nb: 'Tilbud gitt på skjæringsdagen', en: 'Offer made on the cutover day' },
  unit: 'rule',
  values: [
    {
      from: '2021-01-01',
      value: { cutoverDates: ['2025-01-01', '2026-01-01'], offerOnTheDayCountsAsAfter: true },
      reference: { ...references.integrationRegulation('§§ 75–76') },
      basis: 'assumption',
      note: {
        nb: 'Overgangsreglene sier «etter 1. januar»; biblioteket lar et tilbud gitt 1. januar få de nye reglene (dagen da endringen trådte i kraft). Kontroller om et tilbud gitt selve dagen skal følge de gamle reglene.',
        en: 'The transitional rules say "after 1 January"; the library gives an offer made on 1 January the new rules (the day the change took effect). Check whether an offer made on the day itself keeps the old rules.',
      },
    },
  ],
});
