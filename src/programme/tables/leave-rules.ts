/**
 * Which leave, absence and time off moves a programme's end date, per Act, how its working days
 * (virkedager) are counted, and the 10 % absence reference a case worker weighs before a stop.
 * - Introduction Act § 5: the programme runs up to 2 years "plus approved leave" — approved leave
 *   (permisjon) moves the end date day for day; absence and time off do not. Which leave is approved is
 *   set by the Act's leave regulation, FOR-2003-07-18-973 (given under § 10 and § 20).
 * - Integration Act from 1 January 2026 (integreringsforskriften §§ 10 and 19 as worded by
 *   FOR-2025-09-17-1909): two separate totals. Absence that together is more than ten working days is
 *   added to the programme's duration (§ 10); time off and leave that together are more than ten working
 *   days are added (§ 19). Days off under § 17 second paragraph and holiday under § 18 are never added.
 * - Integration Act 2021–2025 and chapter 6A: the 2021 wording of §§ 10 and 19 was not found in the
 *   sources read; the library assumes both sections added their days without a threshold.
 *
 * Which wording applies is decided by the day the absence or leave is taken, not by the programme start:
 * the amendment has no transitional rule for §§ 10 and 19 (its only one is for § 4).
 * @module
 */
import { type LegalReference } from '../../core/legal-reference.js';
import { references } from '../../sources/references.js';
import { defineParameter } from '../../core/parameters.js';
import { Rational } from '../../core/rational.js';

/** Kinds of time away from the programme. */
export type LeaveKind = 'leave' | 'absence' | 'timeOff' | 'dayOffSection17' | 'holiday';

/** One total of time away that the rule counts on its own, with its own threshold. */
export interface LeaveTotal {
  /** The section that sets the total, e.g. `§ 10`. */
  readonly section: string;
  /** The kinds counted together in this total. */
  readonly kinds: readonly LeaveKind[];
  /**
   * The days are added only when the total is more than this many working days (0: every day is
   * added, day for day). What is added once it is exceeded is `leaveAdditionReading`.
   */
  readonly thresholdWorkingDays: number;
}

/** Which kinds move the end date, in which totals. A kind in no total never moves it. */
export interface LeaveRule {
  readonly totals: readonly LeaveTotal[];
}

/**
 * Introduction Act: approved leave moves the end date day for day.
 *
 * @example
 * ```ts
 * import { introductionActLeaveRule, valueOn } from 'integreringsregler';
 * valueOn(introductionActLeaveRule, '2020-03-01').value.totals[0]?.kinds; // ['leave']
 * ```
 */
export const introductionActLeaveRule = /* @__PURE__ */ defineParameter<LeaveRule>({
  id: 'introductionActLeaveRule',
  name: { nb: 'Permisjon som forlenger programmet (introduksjonsloven)', en: 'Leave that extends the programme (Introduction Act)' },
  unit: 'rule',
  values: [
    {
      from: '2003-09-01',
      value: { totals: [{ section: '§ 5', kinds: ['leave'], thresholdWorkingDays: 0 }] },
      reference: {
        ...references.introductionAct('§ 5'),
        url: 'https://www.imdi.no/introduksjonsprogram/regler-om-deltakelse-i-introduksjonsprogramet/regler-om-varighet-og-fravar/',
        related: [references.introductionActLeaveRegulation()],
      },
      basis: 'official',
    },
  ],
});

/** integreringsforskriften §§ 10 and 19 as worded by the 2025 amendment (FOR-2025-09-17-1909), in force 2026-01-01. */
const TEN_DAYS_2026: LegalReference = {
  ...references.integrationRegulation('§§ 10 og 19'),
  related: [
    {
      kind: 'regulation',
      title: { nb: 'FOR-2025-09-17-1909', en: 'FOR-2025-09-17-1909' },
      id: 'FOR-2025-09-17-1909',
      url: 'https://lovdata.no/dokument/LTI/forskrift/2025-09-17-1909',
    },
  ],
};

/**
 * Integration Act (and chapter 6A): absence (§ 10) and time off and leave (§ 19) as two totals. Looked up
 * on each day of the time away, so a period over New Year 2026 is split: its 2025 days follow the
 * assumed 2021 wording, its 2026 days the ten-working-day rule.
 *
 * @example
 * ```ts
 * import { integrationActLeaveRule, valueOn } from 'integreringsregler';
 * valueOn(integrationActLeaveRule, '2026-01-01').value.totals.map((t) => `${t.section} > ${t.thresholdWorkingDays}`); // ['§ 10 > 10', '§ 19 > 10']
 * valueOn(integrationActLeaveRule, '2025-12-31').value.totals.map((t) => t.thresholdWorkingDays); // [0, 0]
 * valueOn(integrationActLeaveRule, '2025-12-31').basis; // 'assumption'
 * ```
 */
export const integrationActLeaveRule = /* @__PURE__ */ defineParameter<LeaveRule>({
  id: 'integrationActLeaveRule',
  name: {
    nb: 'Fravær, fri og permisjon som forlenger programmet (integreringsloven)',
    en: 'Absence, time off and leave that extend the programme (Integration Act)',
  },
  unit: 'rule',
  values: [
    {
      from: '2021-01-01',
      value: {
        totals: [
          { section: '§ 10', kinds: ['absence'], thresholdWorkingDays: 0 },
          { section: '§ 19', kinds: ['timeOff', 'leave'], thresholdWorkingDays: 0 },
        ],
      },
      reference: references.integrationRegulation('§§ 10 og 19, slik de lød 2021–2025'),
      basis: 'assumption',
      note: {
        nb:
          'Ordlyden i §§ 10 og 19 før endringen ved FOR-2025-09-17-1909 er ikke lest: den kunne ikke leses i kildene som ble søkt i (Lovtidend 2025, Lovdata-speil på GitHub, IMDis juridiske veileder til integreringsforskriften kap. 3 og 4, høringsnotatet til forskriften fra 2020). ' +
          'Det som er kjent: § 10 (i kapitlet om fravær) og § 19 (i kapitlet om fri og permisjon) gjaldt allerede betydningen for programmets varighet, og 2026-teksten ser ut til å ha lagt en terskel på ti virkedager til regler som la dagene til. ' +
          'Biblioteket legger derfor til fravær, fri og permisjon dag for dag før 2026, men aldri fridager etter § 17 andre ledd og ferie etter § 18. Kontroller forskriftens historiske versjon på Lovdata, også for kapittel 6A.',
        en:
          "The wording of §§ 10 and 19 before the amendment by FOR-2025-09-17-1909 was not read: it could not be read in the sources searched (Norsk Lovtidend 2025, Lovdata mirrors on GitHub, IMDi's legal guide to the Integration Regulation ch. 3 and 4, the 2020 consultation paper for the regulation). " +
          "What is known: § 10 (in the chapter on absence) and § 19 (in the chapter on time off and leave) already governed the effect on the programme's duration, and the 2026 text reads as a ten-working-day threshold added to rules that added the days. " +
          "The library therefore adds absence, time off and leave day for day before 2026, but never days off under § 17 second paragraph or holiday under § 18. Check the regulation's historical version on Lovdata, also for chapter 6A.",
      },
    },
    {
      from: '2026-01-01',
      value: {
        totals: [
          { section: '§ 10', kinds: ['absence'], thresholdWorkingDays: 10 },
          { section: '§ 19', kinds: ['timeOff', 'leave'], thresholdWorkingDays: 10 },
        ],
      },
      reference: TEN_DAYS_2026,
      basis: 'statute',
      note: {
        nb: 'To summer: fravær (§ 10) og fri og permisjon (§ 19) telles hver for seg. At «til sammen» gjelder dagene i hele programmet tatt fra 2026-01-01 (ikke per år), er bibliotekets lesning.',
        en: "Two totals: absence (§ 10) and time off and leave (§ 19) are counted apart. That 'together' means the days of the whole programme taken from 2026-01-01 (not per year) is the library's reading.",
      },
    },
  ],
});

/** How much is added once a total is more than its threshold: every day of it, or only the days beyond. */
export type LeaveAdditionReading = 'allDays' | 'daysBeyondThreshold';

/**
 * The reading of "kommer i tillegg" in integreringsforskriften §§ 10 and 19 (2026): once a total is more
 * than ten working days, is all of it added to the programme, or only the days beyond ten? The library
 * adds all of it: the sentence's subject is the absence "that together is more than ten working days",
 * and it is that absence which "comes in addition".
 *
 * @example
 * ```ts
 * import { leaveAdditionReading, valueOn } from 'integreringsregler';
 * valueOn(leaveAdditionReading, '2026-01-01').value; // 'allDays'
 * valueOn(leaveAdditionReading, '2026-01-01').basis; // 'assumption'
 * ```
 */
export const leaveAdditionReading = /* @__PURE__ */ defineParameter<LeaveAdditionReading>({
  id: 'leaveAdditionReading',
  name: { nb: 'Hva som legges til når grensen på ti virkedager er passert', en: 'What is added once the ten-working-day limit is passed' },
  unit: 'rule',
  values: [
    {
      // From 2021 so that a threshold a municipality sets for the earlier wording is read the same way; the
      // shipped rule has a threshold only from 2026.
      from: '2021-01-01',
      value: 'allDays',
      reference: TEN_DAYS_2026,
      basis: 'assumption',
      note: {
        nb: 'Forskriften sier at fravær (og fri og permisjon) «som til sammen er over ti virkedager, kommer i tillegg». Biblioteket leser det slik at alle dagene legges til når summen er over ti, ikke bare dagene ut over ti. Gjelder bare der en sum har en terskel (fra 2026). Kontroller departementets merknader eller IMDis veileder; velg «daysBeyondThreshold» for den andre lesningen.',
        en: "The regulation says absence (and time off and leave) 'that together is more than ten working days comes in addition'. The library reads it as adding all the days once the total is over ten, not only the days beyond ten. It matters only where a total has a threshold (from 2026). Check the ministry's comments or IMDi's guide; choose 'daysBeyondThreshold' for the other reading.",
      },
    },
  ],
});

/** What a working day (virkedag) is when the ten-day totals are counted. Sundays and public holidays never are. */
export interface VirkedagRule {
  /** Whether Saturdays are working days (the ferieloven sense: yes). */
  readonly saturdays: boolean;
}

/** Lov 29. april 1988 nr. 21 om ferie (ferieloven) § 5 (1): the statutory sense of virkedager. */
const HOLIDAYS_ACT_WORKING_DAYS: LegalReference = {
  kind: 'act',
  title: { nb: 'ferieloven', en: 'the Holidays Act' },
  section: '§ 5 første ledd',
  id: 'LOV-1988-04-29-21',
  url: 'https://lovdata.no/lov/1988-04-29-21',
};

/**
 * Which days count as working days (virkedager) in the ten-working-day totals of
 * integreringsforskriften §§ 10 and 19: every day except Sundays and public holidays (the holiday
 * calendar of the Public Holidays Act and the 1 and 17 May Act), Saturdays included — the sense the
 * Holidays Act § 5 gives the word.
 *
 * @example
 * ```ts
 * import { leaveWorkingDayRule, valueOn } from 'integreringsregler';
 * valueOn(leaveWorkingDayRule, '2026-01-01').value.saturdays; // true
 * ```
 */
export const leaveWorkingDayRule = /* @__PURE__ */ defineParameter<VirkedagRule>({
  id: 'leaveWorkingDayRule',
  name: { nb: 'Virkedager i fravær og permisjon', en: 'Working days in absence and leave' },
  unit: 'rule',
  values: [
    {
      from: '2021-01-01',
      value: { saturdays: true },
      reference: HOLIDAYS_ACT_WORKING_DAYS,
      basis: 'assumption',
      note: {
        nb: 'Integreringsforskriften definerer ikke «virkedager». Biblioteket følger ferieloven § 5: alle dager unntatt søndager og lovbestemte helge- og høytidsdager, altså også lørdager. Teller kommunen bare programdager (mandag–fredag), sett saturdays til false.',
        en: "The Integration Regulation does not define 'working days' (virkedager). The library follows the Holidays Act § 5: every day except Sundays and statutory public holidays, so Saturdays count. If the municipality counts only programme days (Monday–Friday), set saturdays to false.",
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
export const absenceShareReference = /* @__PURE__ */ defineParameter<Rational>({
  id: 'absenceShareReference',
  name: {
    nb: 'Referanse for ugyldig fravær (andel av innvilget programtid)',
    en: 'Reference for unexcused absence (share of granted time)',
  },
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
