/**
 * How long an introduction programme may last, by Act, prior education and end goal, keyed by the date
 * the start was offered (integreringsforskriften §§ 75–76 as set by FOR-2025-06-20-1154):
 * - Introduction Act § 5: up to 2 years, extension up to 1 year.
 * - Integration Act as enacted 2021 (§ 13 old version; IMDi's table of groups, end goals and lengths):
 *   with upper-secondary (VGO) education 3–6 months + up to 6 months; without it, full VGO as the end goal
 *   3 months–3 years + up to 1 year; any other end goal 3 months–2 years + up to 1 year.
 * - Lov 20. juni 2025 nr. 35, in force 1 January 2026: new § 13 (with VGO-level education) up to 12
 *   months, no extension (starts offered after 1 January 2026, § 75); new § 14 (without): part of VGO 3
 *   years + up to 1 year, all of VGO 4 years + up to 1 year, trade and vocational training 5 years without
 *   extension — all three formal upper-secondary education, so for starts offered after 1 January 2025
 *   (§ 76 first paragraph) — and work-qualifying 2 years without extension (starts offered after
 *   1 January 2026, § 76 second paragraph).
 * - The temporary covid-19 rules (utvidet introduksjonsprogram): extra months for Introduction Act
 *   programmes started up to 31 March 2020 ({@link covidProgrammeExtension}).
 * @module
 */
import type { IsoDate } from '../../core/date.js';
import { type LegalReference } from '../../core/legal-reference.js';
import { references } from '../../sources/references.js';
import { defineParameter, type DatedValue, type Parameter } from '../../core/parameters.js';

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
  /**
   * The day these bounds took effect in law, when later than the offer date they apply from (the table
   * entry's `from`): integreringsforskriften § 76 first paragraph, in force 1 January 2026, gives the new
   * § 14 bounds to starts offered after 1 January 2025. Absent when the bounds took effect on `from`.
   */
  readonly inForceFrom?: IsoDate;
}

const LTI_2025_35 = 'https://lovdata.no/dokument/LTI/lov/2025-06-20-35';
/** An Act of 20 June 2025 no. 35 paragraph together with the transitional paragraph that dates it. */
function reform(nb: string, en: string): LegalReference {
  return { kind: 'act', title: { nb, en }, id: 'LOV-2025-06-20-35', url: LTI_2025_35 };
}
const REFORM_13 = /* @__PURE__ */ reform(
  'integreringsloven § 13 tredje ledd (lov 20. juni 2025 nr. 35); integreringsforskriften § 75 (FOR-2025-06-20-1154)',
  'Integration Act § 13 third paragraph (Act of 20 June 2025 no. 35); Integration Regulation § 75 (FOR-2025-06-20-1154)',
);
const REFORM_14_VGO = /* @__PURE__ */ reform(
  'integreringsloven § 14 fjerde ledd (lov 20. juni 2025 nr. 35); integreringsforskriften § 76 første ledd (FOR-2025-06-20-1154)',
  'Integration Act § 14 fourth paragraph (Act of 20 June 2025 no. 35); Integration Regulation § 76 first paragraph (FOR-2025-06-20-1154)',
);
const REFORM_14_TRADE = /* @__PURE__ */ reform(
  'integreringsloven § 14 femte ledd (lov 20. juni 2025 nr. 35); integreringsforskriften § 76 første ledd (FOR-2025-06-20-1154)',
  'Integration Act § 14 fifth paragraph (Act of 20 June 2025 no. 35); Integration Regulation § 76 first paragraph (FOR-2025-06-20-1154)',
);
const REFORM_14_WORK = /* @__PURE__ */ reform(
  'integreringsloven § 14 sjette ledd (lov 20. juni 2025 nr. 35); integreringsforskriften § 76 andre ledd (FOR-2025-06-20-1154)',
  'Integration Act § 14 sixth paragraph (Act of 20 June 2025 no. 35); Integration Regulation § 76 second paragraph (FOR-2025-06-20-1154)',
);
/** IMDi's table of groups, end goals and lengths under the Integration Act as enacted (last updated 18 January 2021). */
const IMDI_2021: LegalReference = {
  kind: 'guidance',
  title: {
    nb: 'integreringsloven § 13 (2021); IMDi, «Sluttmål og varighet i integreringsloven»',
    en: 'Integration Act § 13 (2021); IMDi, "Sluttmål og varighet i integreringsloven" (end goals and length)',
  },
  url: 'https://www.imdi.no/kvalifisering/regelverk/introduksjonsprogrammet/sluttmal-og-varighet-i-integreringsloven---integreringsloven/',
};

function d(
  minimumMonths: number,
  maximumMonths: number,
  extensionMonths: number,
  extension: ExtensionRule,
  inForceFrom?: IsoDate,
): ProgrammeDuration {
  return { minimumMonths, maximumMonths, extensionMonths, extension, ...(inForceFrom === undefined ? {} : { inForceFrom }) };
}
const OLD_OTHER = /* @__PURE__ */ d(3, 24, 12, 'discretionary');
const OLD_FULL_UPPER_SECONDARY = /* @__PURE__ */ d(3, 36, 12, 'discretionary');
/** The day Lov 20. juni 2025 nr. 35 §§ 13–14 and integreringsforskriften §§ 75–76 took effect (FOR-2025-06-20-1102; FOR-2025-06-20-1154 part III). */
const REFORM_IN_FORCE: IsoDate = '2026-01-01';
function v(
  from: IsoDate,
  value: ProgrammeDuration,
  reference: LegalReference,
  basis: DatedValue<ProgrammeDuration>['basis'],
  extra: Partial<DatedValue<ProgrammeDuration>> = {},
): DatedValue<ProgrammeDuration> {
  return { from, value, reference, basis, ...extra };
}
function track(id: string, nb: string, en: string, values: DatedValue<ProgrammeDuration>[]): Parameter<ProgrammeDuration> {
  return defineParameter({ id, name: { nb, en }, unit: 'months', values });
}
/** The reading of § 76 first paragraph for a start offered in 2025 (before the rules took effect). */
const OFFERED_IN_2025 = {
  nb: 'Integreringsforskriften § 76 første ledd (i kraft 1. januar 2026) gir varighetene i § 14 for formell opplæring på videregående nivå til alle som fikk tilbud om oppstart etter 1. januar 2025. En oppstart tilbudt for eksempel i mars 2025 får derfor disse rammene, selv om § 14 selv først gjelder fra 1. januar 2026. Bibliotekets lesning: et vedtak truffet i 2025 var bundet av 2021-reglene, men programmet kan utvides til disse rammene ved nytt vedtak fra 1. januar 2026.',
  en: 'Integration Regulation § 76 first paragraph (in force 1 January 2026) gives the § 14 lengths for formal upper-secondary education to everyone offered a start after 1 January 2025. A start offered in, say, March 2025 therefore gets these bounds, although § 14 itself applies only from 1 January 2026. The library reads it so: a decision made in 2025 was bound by the 2021 rules, but the programme can be lengthened to these bounds by a new decision from 1 January 2026.',
};

/**
 * Introduction Act § 5: up to 2 years, extendable by up to 1 year (IMDi, rules on length and absence).
 *
 * @example
 * ```ts
 * import { introductionActDuration, valueOn } from 'integreringsregler';
 * valueOn(introductionActDuration, '2020-03-01').value.maximumMonths; // 24
 * ```
 */
export const introductionActDuration = /* @__PURE__ */ track(
  'introductionActDuration',
  'Varighet etter introduksjonsloven',
  'Length under the Introduction Act',
  [v('2003-09-01', d(0, 24, 12, 'discretionary'), references.introductionAct('§ 5'), 'official')],
);

/**
 * Participants WITH upper-secondary (VGO) education or higher. 2021 rules: 3–6 months, extension up to
 * 6 months (IMDi's table); starts offered after 1 January 2026: up to 12 months, no extension (new § 13
 * third paragraph, integreringsforskriften § 75).
 *
 * @example
 * ```ts
 * import { durationWithUpperSecondary, valueOn } from 'integreringsregler';
 * valueOn(durationWithUpperSecondary, '2024-03-01').value.extensionMonths; // 6
 * valueOn(durationWithUpperSecondary, '2026-03-01').value.extension; // 'none'
 * ```
 */
export const durationWithUpperSecondary = /* @__PURE__ */ track(
  'durationWithUpperSecondary',
  'Varighet med videregående nivå eller høyere',
  'Length with upper-secondary education or higher',
  [v('2021-01-01', d(3, 6, 6, 'discretionary'), IMDI_2021, 'official'), v('2026-01-01', d(0, 12, 0, 'none'), REFORM_13, 'statute')],
);

/**
 * Without VGO education, end goal ALL of upper-secondary: 3 months–3 years + up to 1 year (2021); 4 years
 * + up to 1 year, the extension mandatory where it helps reach the goal, for starts offered after
 * 1 January 2025 (§ 14 fourth paragraph, integreringsforskriften § 76 first paragraph; in force 2026).
 *
 * @example
 * ```ts
 * import { durationFullUpperSecondaryGoal, valueOn } from 'integreringsregler';
 * valueOn(durationFullUpperSecondaryGoal, '2025-02-01').value.maximumMonths; // 48
 * ```
 */
export const durationFullUpperSecondaryGoal = /* @__PURE__ */ track(
  'durationFullUpperSecondaryGoal',
  'Varighet, sluttmål fullført videregående',
  'Length, end goal full upper-secondary',
  [
    v('2021-01-01', OLD_FULL_UPPER_SECONDARY, IMDI_2021, 'official'),
    v('2025-01-01', d(0, 48, 12, 'mandatoryWhereItHelps', REFORM_IN_FORCE), REFORM_14_VGO, 'statute', { note: OFFERED_IN_2025 }),
  ],
);

/**
 * Without VGO education, end goal PART of upper-secondary: 3 months–2 years + up to 1 year (2021, "any
 * other end goal"); 3 years + up to 1 year, mandatory where it helps, for starts offered after 1 January
 * 2025 (§ 14 fourth paragraph, integreringsforskriften § 76 first paragraph; in force 2026).
 *
 * @example
 * ```ts
 * import { durationPartUpperSecondaryGoal, valueOn } from 'integreringsregler';
 * valueOn(durationPartUpperSecondaryGoal, '2025-02-01').value.maximumMonths; // 36
 * ```
 */
export const durationPartUpperSecondaryGoal = /* @__PURE__ */ track(
  'durationPartUpperSecondaryGoal',
  'Varighet, sluttmål deler av videregående',
  'Length, end goal part of upper-secondary',
  [
    v('2021-01-01', OLD_OTHER, IMDI_2021, 'official'),
    v('2025-01-01', d(0, 36, 12, 'mandatoryWhereItHelps', REFORM_IN_FORCE), REFORM_14_VGO, 'statute', { note: OFFERED_IN_2025 }),
  ],
);

/**
 * Without VGO education, end goal trade or vocational training (fullføre fag- og yrkesopplæring). The
 * 2021 rules knew no such goal: completing trade training completes upper-secondary education, so the
 * library gives it the full-VGO bounds, 3 months–3 years + up to 1 year (an assumption). From starts
 * offered after 1 January 2025: 5 years, no extension (§ 14 fifth paragraph); trade training is formal
 * upper-secondary education, so § 76 first paragraph dates it, not the second (work-qualifying).
 *
 * @example
 * ```ts
 * import { durationTradeTraining, valueOn } from 'integreringsregler';
 * valueOn(durationTradeTraining, '2025-03-01').value.maximumMonths; // 60
 * ```
 */
export const durationTradeTraining = /* @__PURE__ */ track(
  'durationTradeTraining',
  'Varighet, sluttmål fag- og yrkesopplæring',
  'Length, end goal trade training',
  [
    v('2021-01-01', OLD_FULL_UPPER_SECONDARY, IMDI_2021, 'assumption', {
      note: {
        nb: '2021-reglene hadde ikke eget sluttmål for fag- og yrkesopplæring. Fullført fag- og yrkesopplæring er fullført videregående opplæring (yrkeskompetanse), så biblioteket bruker rammen for sluttmål fullført videregående (3 måneder–3 år + inntil 1 år), ikke «øvrige deltakere» (2 år + 1). Kontroller hvilket sluttmål integreringsplanen satte.',
        en: 'The 2021 rules had no separate end goal for trade and vocational training. Completing it completes upper-secondary education (vocational qualification), so the library uses the bounds for the full upper-secondary goal (3 months–3 years + up to 1 year), not "other participants" (2 years + 1). Check which end goal the integration plan set.',
      },
    }),
    v('2025-01-01', d(0, 60, 0, 'none', REFORM_IN_FORCE), REFORM_14_TRADE, 'statute', { note: OFFERED_IN_2025 }),
  ],
);

/**
 * Without VGO education, a work-qualifying programme: 3 months–2 years + up to 1 year (2021); 2 years,
 * no extension, for starts offered after 1 January 2026 (§ 14 sixth paragraph, integreringsforskriften
 * § 76 second paragraph).
 *
 * @example
 * ```ts
 * import { durationWorkQualifying, valueOn } from 'integreringsregler';
 * valueOn(durationWorkQualifying, '2026-02-01').value.extensionMonths; // 0
 * ```
 */
export const durationWorkQualifying = /* @__PURE__ */ track(
  'durationWorkQualifying',
  'Varighet, arbeidskvalifiserende program',
  'Length, work-qualifying programme',
  [v('2021-01-01', OLD_OTHER, IMDI_2021, 'official'), v('2026-01-01', d(0, 24, 0, 'none'), REFORM_14_WORK, 'statute')],
);

/**
 * Without VGO education, any other end goal (e.g. primary school): only under the 2021 rules (the 2026
 * § 14 knows four goals).
 *
 * @example
 * ```ts
 * import { durationOtherGoal, valueOn } from 'integreringsregler';
 * valueOn(durationOtherGoal, '2025-12-31').value.maximumMonths; // 24
 * ```
 */
export const durationOtherGoal = /* @__PURE__ */ track(
  'durationOtherGoal',
  'Varighet, annet sluttmål (2021-reglene)',
  'Length, other end goal (2021 rules)',
  [v('2021-01-01', OLD_OTHER, IMDI_2021, 'official', { to: '2025-12-31' })],
);

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
export const chapter6ADuration = /* @__PURE__ */ track('chapter6ADuration', 'Varighet etter kapittel 6A', 'Length under chapter 6A', [
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
 * Whether an offer made on 1 January 2025 or 2026 falls under the new durations ("etter 1. januar",
 * integreringsforskriften §§ 75–76 as set by FOR-2025-06-20-1154).
 *
 * @example
 * ```ts
 * import { programmeDurationCutover, valueOn } from 'integreringsregler';
 * valueOn(programmeDurationCutover, '2026-01-01').value.offerOnTheDayCountsAsAfter; // true
 * ```
 */
export const programmeDurationCutover = /* @__PURE__ */ defineParameter<DurationCutover>({
  id: 'programmeDurationCutover',
  name: { nb: 'Tilbud gitt på skjæringsdagen', en: 'Offer made on the cutover day' },
  unit: 'rule',
  values: [
    {
      from: '2021-01-01',
      value: { cutoverDates: ['2025-01-01', '2026-01-01'], offerOnTheDayCountsAsAfter: true },
      reference: { ...references.integrationRegulation('§§ 75–76 (FOR-2025-06-20-1154)') },
      basis: 'assumption',
      note: {
        nb: 'Overgangsreglene (integreringsforskriften §§ 75–76, i kraft 1. januar 2026) sier «etter 1. januar» 2025 (§ 76 første ledd: formell opplæring på videregående nivå) og 2026 (§ 75 og § 76 andre ledd). Biblioteket lar et tilbud gitt selve 1. januar få de nye reglene (dagen endringen gjelder fra); 1. januar er helligdag, så slike tilbud er sjeldne. Et tilbud gitt i 2025 får de nye § 14-rammene for videregående nivå selv om reglene først trådte i kraft 1. januar 2026. Kontroller om et tilbud gitt selve dagen skal følge de gamle reglene.',
        en: 'The transitional rules (Integration Regulation §§ 75–76, in force 1 January 2026) say "after 1 January" 2025 (§ 76 first paragraph: formal upper-secondary education) and 2026 (§ 75 and § 76 second paragraph). The library gives an offer made on 1 January itself the new rules (the day the change applies from); 1 January is a public holiday, so such offers are rare. An offer made in 2025 gets the new § 14 upper-secondary bounds although the rules took effect only on 1 January 2026. Check whether an offer made on the day itself keeps the old rules.',
      },
    },
  ],
});

/** An extension the temporary covid-19 rules allowed for programmes started in a period. */
export interface CovidProgrammeExtension {
  /** The Act whose programmes the temporary rule covered. */
  readonly regime: 'introduksjonsloven';
  /** The longest extension, months, on top of the programme and any ordinary extension. */
  readonly maximumMonths: number;
  /**
   * For a cohort the rule covered only if still in the programme when the rule came: the programme
   * (granted length, ordinary extension and leave) must not have ended before this day.
   */
  readonly stillInProgrammeOn?: IsoDate;
}

const COVID_NOTE = {
  nb: 'Den midlertidige loven ble opphevet 20. juni 2025 (lov 20. juni 2025 nr. 35 del II) og forskriften 1. juli 2025 (FOR-2025-06-20-1154 del II); utvidelser gitt mens reglene gjaldt, står ved lag.',
  en: 'The temporary Act was repealed on 20 June 2025 (Act of 20 June 2025 no. 35 part II) and the regulation on 1 July 2025 (FOR-2025-06-20-1154 part II); extensions granted while the rules applied stand.',
};

/**
 * "Utvidet introduksjonsprogram": the extra months the temporary covid-19 rules gave Introduction Act
 * participants who needed them to get into work or education, keyed by the date the programme STARTED
 * (each package named a cohort of start dates), on top of § 5's 2 years + 1:
 * - started before 1 January 2019 and still in the programme when the temporary Act came: up to 6 months
 *   (midlertidig lov 26. mai 2020 nr. 53 § 2 first paragraph; IMDi). The library takes the earliest day
 *   that can mean, 26 May 2020, when the Act took effect (its chapter 1 applied from 1 August 2020), so a
 *   programme that ended before then is refused and none that could qualify is;
 * - started 1 January 2019 – 31 December 2019: up to 4 months (§ 2 second paragraph as amended by
 *   Prop. 78 L and Prop. 196 L (2020–2021));
 * - started 1 January – 31 March 2020: up to 4 months (midlertidig forskrift 24. januar 2022 nr. 111).
 * A programme started later, or under the Integration Act, has no value: the library knows no such
 * extension for it.
 *
 * @example
 * ```ts
 * import { covidProgrammeExtension, valueOn } from 'integreringsregler';
 * valueOn(covidProgrammeExtension, '2018-08-15').value.maximumMonths; // 6
 * valueOn(covidProgrammeExtension, '2020-03-01').value.maximumMonths; // 4
 * ```
 */
export const covidProgrammeExtension = /* @__PURE__ */ defineParameter<CovidProgrammeExtension>({
  id: 'covidProgrammeExtension',
  name: {
    nb: 'Utvidet introduksjonsprogram (midlertidige covid-19-regler)',
    en: 'Extended introduction programme (temporary covid-19 rules)',
  },
  unit: 'months',
  values: [
    {
      from: '2003-09-01',
      to: '2018-12-31',
      value: { regime: 'introduksjonsloven', maximumMonths: 6, stillInProgrammeOn: '2020-05-26' },
      reference: {
        kind: 'act',
        title: {
          nb: 'midlertidig lov 26. mai 2020 nr. 53 om tilpasninger i introduksjonsloven (covid-19) § 2 første ledd; IMDi, «Informasjon om integreringspakke II»',
          en: 'Temporary Act of 26 May 2020 no. 53 on adaptations to the Introduction Act (covid-19) § 2 first paragraph; IMDi, "Informasjon om integreringspakke II"',
        },
        id: 'LOV-2020-05-26-53',
        url: 'https://www.imdi.no/arkiv/arkiverte-nyheter/nyheter-2021/informasjon-om-integreringspakke-ii/',
      },
      basis: 'official',
      note: COVID_NOTE,
    },
    {
      from: '2019-01-01',
      to: '2019-12-31',
      value: { regime: 'introduksjonsloven', maximumMonths: 4 },
      reference: {
        kind: 'act',
        title: {
          nb: 'midlertidig lov 26. mai 2020 nr. 53 om tilpasninger i introduksjonsloven (covid-19) § 2 andre ledd (Prop. 78 L og Prop. 196 L (2020–2021)); IMDi, integreringspakke III',
          en: 'Temporary Act of 26 May 2020 no. 53 on adaptations to the Introduction Act (covid-19) § 2 second paragraph (Prop. 78 L and Prop. 196 L (2020–2021)); IMDi, integration package III',
        },
        id: 'LOV-2020-05-26-53',
        url: 'https://www.imdi.no/arkiv/arkiverte-nyheter/nyheter-2021/endringer-i-midlertidige-lover-om-tilpasninger-i-introduksjonsloven-og-integreringsloven-integreringspakke-iii-vedtatt/',
      },
      basis: 'official',
      note: COVID_NOTE,
    },
    {
      from: '2020-01-01',
      to: '2020-03-31',
      value: { regime: 'introduksjonsloven', maximumMonths: 4 },
      reference: {
        kind: 'regulation',
        title: {
          nb: 'midlertidig forskrift 24. januar 2022 nr. 111 om utvidet introduksjonsprogram og norskopplæring (covid-19) (FOR-2022-01-24-111); IMDi, ny integreringspakke 2022',
          en: 'Temporary Regulation of 24 January 2022 no. 111 on extended introduction programme and Norwegian tuition (covid-19) (FOR-2022-01-24-111); IMDi, new integration package 2022',
        },
        id: 'FOR-2022-01-24-111',
        url: 'https://www.imdi.no/arkiv/arkiverte-nyheter/nyheter-2022/ny-integreringspakke-vedtatt--videreforing-av-utvidet-introduksjonsprogram-og-utvidet-norskopplaring/',
      },
      basis: 'official',
      note: COVID_NOTE,
    },
  ],
});
