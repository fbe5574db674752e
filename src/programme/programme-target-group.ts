/**
 * Whether a person is in the introduction programme's target group: aged 18–55 on the date the permit
 * was granted, settled in a municipality by agreement with IMDi (not required after family
 * reunification), and newly arrived — lived in a Norwegian municipality for less than 2 years on the
 * date assessed (Introduction Act § 2; Integration Act § 8 first paragraph). In the group: right and duty
 * (under chapter 6A: a right without the duty). Above the upper age only: the municipality may offer the
 * programme (§ 8 third paragraph).
 *
 * Under the Integration Act two exclusions follow, on the date assessed:
 * - Nordic citizens and persons covered by the EEA Agreement are outside § 8 altogether (§ 8 as worded
 *   2021–2025; § 8 fifth paragraph from 2026-01-01);
 * - from 2026-01-01 (§ 8 fourth paragraph), no right and duty for a person in work, or offered work, of
 *   at least 30 hours a week, unless the employment ends or the offer lapses within the deadline of § 8
 *   first paragraph, third sentence (read as the two-year limit: an assumption, see the parameter).
 *
 * The facts for these exclusions (`citizenship`, `work`) are optional input. When one of them is in force,
 * is not given, and could change the outcome, the rule does not guess: the status is `notDetermined`,
 * `notChecked` names the missing facts and `statusIfNotExcluded` says what the outcome would be if no
 * exclusion applies. A case worker cannot conclude "right and duty" without having checked them.
 * @module
 */
import * as z from 'zod';
import { addDaysToDate, addMonthsToDate, ageOn, isoDateSchema, type IsoDate } from '../core/date.js';
import { EMPTY_EXPLANATION, step, usedValue, type Explained, type Step } from '../core/explanation.js';
import { weakestBasis, type Basis } from '../core/legal-reference.js';
import { references } from '../sources/references.js';
import type { LocalizedText } from '../core/localized-text.js';
import { valueOn, type DatedValue, type Parameter } from '../core/parameters.js';
import { inputError } from '../core/errors.js';
import { parseInput } from '../core/validate.js';
import type { CitizenshipExclusion } from './tables/target-group-exclusions.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveProgrammeOptions } from './options.js';
import { citizenshipSchema, permitTypeSchema, programmeRegimeSchema, workSituationSchema, type WorkSituation } from './inputs.js';

/** Input to {@link programmeTargetGroup}. */
export const programmeTargetGroupInputSchema = /* @__PURE__ */ z.strictObject({
  regime: programmeRegimeSchema,
  permitType: permitTypeSchema,
  birthDate: isoDateSchema,
  /** The date the residence permit was granted: the age is taken on this date. */
  permitDate: isoDateSchema,
  /** The first day the person lived in a Norwegian municipality. */
  livingInMunicipalitySince: isoDateSchema,
  /** Settled in the municipality by agreement with IMDi (ignored after family reunification). */
  settledByAgreementWithImdi: z.boolean(),
  /** The date assessed (e.g. the date the programme is offered or asked for). */
  date: isoDateSchema,
  /** Nordic citizen, covered by the EEA Agreement, or other (Integration Act § 8; fifth paragraph from 2026). */
  citizenship: citizenshipSchema.optional(),
  /** Work held or offered on the date assessed (Integration Act § 8 fourth paragraph, from 2026). */
  work: workSituationSchema.optional(),
});
/** Input to {@link programmeTargetGroup}, as callers write it. */
export type ProgrammeTargetGroupInput = z.input<typeof programmeTargetGroupInputSchema>;

/**
 * The outcome: right and duty, right only (chapter 6A), may be offered, outside the target group, or not
 * determined because an exclusion in force could not be checked (see `notChecked`).
 */
export type ProgrammeTargetGroupStatus = 'rightAndDuty' | 'rightOnly' | 'mayBeOffered' | 'outside' | 'notDetermined';
/** A criterion that was not met, or an exclusion that applies (`nordicOrEeaCitizen`, `inWork`). */
export type ProgrammeTargetGroupFailure =
  'underMinimumAge' | 'overMaximumAge' | 'notNewlyArrived' | 'notSettledByAgreement' | 'inWork' | 'nordicOrEeaCitizen';
/** An exclusion of Integration Act § 8 that needs a fact: work (fourth paragraph), citizenship (fifth). */
export type ProgrammeTargetGroupExclusion = 'work' | 'citizenship';

/** The result of {@link programmeTargetGroup}. */
export interface ProgrammeTargetGroupResult {
  readonly status: ProgrammeTargetGroupStatus;
  /** Age in whole years on the permit date. */
  readonly ageOnPermitDate: number;
  /** The last day the person is still newly arrived (lived less than 2 years in a municipality). */
  readonly newlyArrivedUntil: string;
  /** Criteria not met and exclusions that apply (empty when in the target group). */
  readonly unmet: readonly ProgrammeTargetGroupFailure[];
  /** Exclusions in force on the date whose facts were not given and that could change the outcome. */
  readonly notChecked: readonly ProgrammeTargetGroupExclusion[];
  /** With `notDetermined`: the outcome if none of the unchecked exclusions applies. */
  readonly statusIfNotExcluded?: 'rightAndDuty' | 'rightOnly' | 'mayBeOffered';
  /**
   * With the work exclusion (`inWork`): the last day the employment may end, or the offer lapse, for the
   * right and duty to apply after all (§ 8 fourth paragraph, second sentence).
   */
  readonly workDeadline?: string;
}

type P = {
  age: number;
  min: number;
  max: number;
  since: string;
  until: string;
  date: string;
  status: ProgrammeTargetGroupStatus;
  unmet: { nb: string; en: string };
};
/** The unmet criteria of the first paragraph in words, for the decision letter (the codes stay in the value). */
const FAILURE_TEXT: Record<'underMinimumAge' | 'overMaximumAge' | 'notNewlyArrived' | 'notSettledByAgreement', { nb: string; en: string }> =
  {
    underMinimumAge: { nb: 'under minstealderen', en: 'under the minimum age' },
    overMaximumAge: { nb: 'over aldersgrensen', en: 'over the age limit' },
    notNewlyArrived: { nb: 'ikke nyankommet', en: 'not newly arrived' },
    notSettledByAgreement: { nb: 'ikke bosatt etter avtale med IMDi', en: 'not settled by agreement with IMDi' },
  };
const STATUS_TEXT: Record<ProgrammeTargetGroupStatus, { nb: string; en: string }> = {
  rightAndDuty: { nb: 'rett og plikt til introduksjonsprogram', en: 'a right and a duty to take part' },
  rightOnly: {
    nb: 'rett (uten plikt) til introduksjonsprogram etter kapittel 6A',
    en: 'a right (without the duty) to take part under chapter 6A',
  },
  mayBeOffered: {
    nb: 'ikke rett, men kommunen kan tilby programmet (over aldersgrensen)',
    en: 'no right, but the municipality may offer the programme (above the age limit)',
  },
  outside: { nb: 'utenfor målgruppen', en: 'outside the target group' },
  notDetermined: { nb: 'ikke avgjort', en: 'not determined' },
};
const message = {
  nb: (p: P) =>
    `Alder ${p.age} år på vedtaksdatoen for tillatelsen (grense ${p.min}–${p.max}); bodd i kommune fra ${p.since}, nyankommet til og med ${p.until}, vurdert ${p.date}${p.unmet.nb === '' ? '' : `; ikke oppfylt: ${p.unmet.nb}`}: ${STATUS_TEXT[p.status].nb}`,
  en: (p: P) =>
    `Age ${p.age} on the permit date (limits ${p.min}–${p.max}); living in a municipality since ${p.since}, newly arrived up to and including ${p.until}, assessed on ${p.date}${p.unmet.en === '' ? '' : `; not met: ${p.unmet.en}`}: ${STATUS_TEXT[p.status].en}`,
};

// § 8 fourth paragraph (work), as the explanation says it.
type W =
  | { case: 'notGiven'; min: number }
  | { case: 'none'; min: number }
  | {
      case: 'below' | 'excluded' | 'endedInTime' | 'endedLate' | 'endsLater';
      kind: 'employed' | 'offered';
      hours: number;
      min: number;
      deadline: string;
      endedOn: string;
    }
  | { case: 'notInForce'; from: string };
const hoursText = (h: number, locale: 'nb' | 'en'): string => (locale === 'nb' ? String(h).replace('.', ',') : String(h));
const workMessage = {
  nb: (w: W): string => {
    if (w.case === 'notInForce')
      return `Arbeid eller tilbud om arbeid er ikke et unntak fra rett og plikt før ${w.from} (§ 8 fjerde ledd, lov 20. juni 2025 nr. 35): ikke vurdert`;
    if (w.case === 'notGiven')
      return `Arbeid er ikke oppgitt: unntaket i § 8 fjerde ledd (arbeid eller tilbud om arbeid på minst ${w.min} timer i uken) er ikke kontrollert`;
    if (w.case === 'none')
      return `Verken i arbeid eller med tilbud om arbeid: unntaket i § 8 fjerde ledd (minst ${w.min} timer i uken) gjelder ikke`;
    const job = `${w.kind === 'employed' ? 'I arbeid' : 'Tilbud om arbeid'} ${hoursText(w.hours, 'nb')} timer i uken`;
    const ends = w.kind === 'employed' ? 'arbeidsforholdet opphører' : 'arbeidstilbudet bortfaller';
    const ended = w.kind === 'employed' ? 'arbeidsforholdet opphørte' : 'arbeidstilbudet bortfalt';
    if (w.case === 'below') return `${job}, under ${w.min}: unntaket i § 8 fjerde ledd gjelder ikke`;
    if (w.case === 'endedInTime')
      return `${job} (minst ${w.min}), men ${ended} ${w.endedOn}, innen fristen ${w.deadline}: første ledd (rett og plikt) gjelder likevel (§ 8 fjerde ledd andre punktum)`;
    if (w.case === 'endedLate')
      return `${job} (minst ${w.min}); ${ended} ${w.endedOn}, etter fristen ${w.deadline} (første ledd tredje punktum): første ledd (rett og plikt) gjelder ikke (§ 8 fjerde ledd)`;
    const later =
      w.case === 'endsLater' ? ` (${w.kind === 'employed' ? 'opphører' : 'bortfaller'} ${w.endedOn}, etter vurderingsdatoen)` : '';
    return `${job} (minst ${w.min})${later}: første ledd (rett og plikt) gjelder ikke (§ 8 fjerde ledd); den gjelder likevel om ${ends} innen ${w.deadline} (fristen i første ledd tredje punktum)`;
  },
  en: (w: W): string => {
    if (w.case === 'notInForce')
      return `Work, or an offer of work, is no exclusion from the right and duty before ${w.from} (§ 8 fourth paragraph, Act of 20 June 2025 no. 35): not considered`;
    if (w.case === 'notGiven')
      return `Work not given: the exclusion in § 8 fourth paragraph (work, or an offer of work, of at least ${w.min} hours a week) was not checked`;
    if (w.case === 'none')
      return `Neither in work nor offered work: the exclusion in § 8 fourth paragraph (at least ${w.min} hours a week) does not apply`;
    const job = `${w.kind === 'employed' ? 'In work' : 'Offered work'} of ${hoursText(w.hours, 'en')} hours a week`;
    const ends = w.kind === 'employed' ? 'the employment ends' : 'the offer lapses';
    const ended = w.kind === 'employed' ? 'the employment ended' : 'the offer lapsed';
    if (w.case === 'below') return `${job}, below ${w.min}: the exclusion in § 8 fourth paragraph does not apply`;
    if (w.case === 'endedInTime')
      return `${job} (at least ${w.min}), but ${ended} on ${w.endedOn}, within the deadline ${w.deadline}: the first paragraph (right and duty) applies after all (§ 8 fourth paragraph, second sentence)`;
    if (w.case === 'endedLate')
      return `${job} (at least ${w.min}); ${ended} on ${w.endedOn}, after the deadline ${w.deadline} (first paragraph, third sentence): the first paragraph (right and duty) does not apply (§ 8 fourth paragraph)`;
    const later =
      w.case === 'endsLater' ? ` (${w.kind === 'employed' ? 'ending' : 'lapsing'} on ${w.endedOn}, after the assessed date)` : '';
    return `${job} (at least ${w.min})${later}: the first paragraph (right and duty) does not apply (§ 8 fourth paragraph); it applies after all if ${ends} by ${w.deadline} (the deadline of the first paragraph, third sentence)`;
  },
};

// § 8 (fifth paragraph from 2026): Nordic and EEA citizens.
type C = { case: 'notGiven' | 'nordic' | 'eea' | 'other'; para: LocalizedText };
const citizenshipMessage = {
  nb: (c: C): string =>
    c.case === 'notGiven'
      ? `Statsborgerskap er ikke oppgitt: unntaket for nordiske borgere og personer som omfattes av EØS-avtalen (${c.para.nb}) er ikke kontrollert`
      : c.case === 'other'
        ? `Verken nordisk borger eller omfattet av EØS-avtalen: unntaket i ${c.para.nb} gjelder ikke`
        : `${c.case === 'nordic' ? 'Nordisk borger' : 'Omfattet av EØS-avtalen'}: omfattes ikke av § 8 (${c.para.nb}), heller ikke av kommunens adgang til å tilby program`,
  en: (c: C): string =>
    c.case === 'notGiven'
      ? `Citizenship not given: the exclusion of Nordic citizens and persons covered by the EEA Agreement (${c.para.en}) was not checked`
      : c.case === 'other'
        ? `Neither a Nordic citizen nor covered by the EEA Agreement: the exclusion in ${c.para.en} does not apply`
        : `${c.case === 'nordic' ? 'A Nordic citizen' : 'Covered by the EEA Agreement'}: outside § 8 (${c.para.en}), including the municipality's power to offer the programme`,
};

// The outcome, when the exclusions changed it.
type O = {
  status: ProgrammeTargetGroupStatus;
  ifNot?: 'rightAndDuty' | 'rightOnly' | 'mayBeOffered';
  missing: readonly ProgrammeTargetGroupExclusion[];
};
const MISSING_TEXT: Record<ProgrammeTargetGroupExclusion, LocalizedText> = {
  work: { nb: 'arbeid (§ 8 fjerde ledd)', en: 'work (§ 8 fourth paragraph)' },
  citizenship: { nb: 'statsborgerskap (§ 8 om nordiske borgere og EØS)', en: 'citizenship (§ 8 on Nordic and EEA citizens)' },
};
const outcomeMessage = {
  nb: (o: O): string =>
    o.status === 'notDetermined' && o.ifNot !== undefined
      ? `Ikke avgjort: ${o.missing.map((m) => MISSING_TEXT[m].nb).join(' og ')} er ikke kontrollert; gjelder ingen av unntakene, er resultatet ${STATUS_TEXT[o.ifNot].nb}`
      : `Etter unntakene i § 8: ${STATUS_TEXT[o.status].nb}`,
  en: (o: O): string =>
    o.status === 'notDetermined' && o.ifNot !== undefined
      ? `Not determined: ${o.missing.map((m) => MISSING_TEXT[m].en).join(' and ')} not checked; if no exclusion applies, the outcome is ${STATUS_TEXT[o.ifNot].en}`
      : `After the exclusions in § 8: ${STATUS_TEXT[o.status].en}`,
};

/** The dated value in force on a date, or undefined where the table has none (the rule is not in force). */
function inForce<T>(p: Parameter<T>, date: IsoDate): DatedValue<T> | undefined {
  for (let k = p.values.length - 1; k >= 0; k--) {
    const v = p.values[k] as DatedValue<T>;
    if (v.from <= date) return v.to === undefined || date <= v.to ? v : undefined;
  }
  return undefined;
}
/** The weakest of the bases given, leaving out the ones that did not apply. */
const weakest = (bases: readonly (Basis | undefined)[]): Basis => weakestBasis(...bases.filter((b): b is Basis => b !== undefined));

/**
 * Decides whether a person is in the programme's target group, and with what right.
 * @throws InputError on malformed input or a municipality date after the assessed date.
 *
 * @example
 * ```ts
 * import { programmeTargetGroup } from 'integreringsregler';
 * const base = { regime: 'integreringsloven', permitType: 'ordinary', birthDate: '1980-05-10', permitDate: '2024-02-01',
 *   livingInMunicipalitySince: '2024-03-01', settledByAgreementWithImdi: true, date: '2024-04-01', citizenship: 'other' } as const;
 * programmeTargetGroup(base).value.status; // 'rightAndDuty'
 * // Two years in a municipality: 2024-03-01 + 24 months = 2026-03-01 is no longer "less than 2 years".
 * programmeTargetGroup({ ...base, date: '2026-03-01' }).value.unmet; // ['notNewlyArrived']
 * // From 2026 (§ 8 fourth paragraph): a 37.5-hour job rules out the right and duty unless it ends by 2026-02-28.
 * const working = programmeTargetGroup({ ...base, date: '2026-01-15', work: { kind: 'employed', hoursPerWeek: 37.5 } }).value;
 * [working.status, working.workDeadline]; // ['outside', '2026-02-28']
 * // Without the work facts a 2026 decision is not determined.
 * programmeTargetGroup({ ...base, date: '2026-01-15' }).value.notChecked; // ['work']
 * ```
 */
export function programmeTargetGroup(input: ProgrammeTargetGroupInput, options?: RuleOptions): Explained<ProgrammeTargetGroupResult> {
  const i = parseInput(programmeTargetGroupInputSchema, input);
  const { parameters, explain } = resolveProgrammeOptions(options);
  if (i.livingInMunicipalitySince > i.date) {
    throw inputError('after_assessed_date', ['livingInMunicipalitySince'], {
      nb: `kan ikke være etter vurderingsdatoen ${i.date}`,
      en: `cannot be after the assessed date ${i.date}`,
    });
  }
  const ages = valueOn(parameters.programme.programmeAgeLimits, i.permitDate);
  const arrived = valueOn(parameters.programme.programmeNewlyArrivedLimit, i.date);
  const age = ageOn(i.birthDate, i.permitDate);
  const newlyArrivedEnd = addMonthsToDate(i.livingInMunicipalitySince, arrived.value.months); // first day NOT newly arrived
  const criteria: ('underMinimumAge' | 'overMaximumAge' | 'notNewlyArrived' | 'notSettledByAgreement')[] = [];
  if (age < ages.value.minimumAge) criteria.push('underMinimumAge');
  if (age > ages.value.maximumAge) criteria.push('overMaximumAge');
  if (i.date >= newlyArrivedEnd) criteria.push('notNewlyArrived');
  if (i.permitType !== 'familyReunification' && !i.settledByAgreementWithImdi) criteria.push('notSettledByAgreement');
  let firstParagraph: ProgrammeTargetGroupStatus;
  if (criteria.length === 0) firstParagraph = i.regime === 'integreringsloven-6A' ? 'rightOnly' : 'rightAndDuty';
  else firstParagraph = criteria.length === 1 && criteria[0] === 'overMaximumAge' ? 'mayBeOffered' : 'outside';
  const until = addDaysToDate(newlyArrivedEnd, -1);

  // The Integration Act's exclusions in force on the date assessed (none under the Introduction Act).
  const integrationAct = i.regime !== 'introduksjonsloven';
  const citizenRule = integrationAct ? inForce(parameters.programme.programmeNordicEeaExclusion, i.date) : undefined;
  const workRule = integrationAct ? inForce(parameters.programme.programmeWorkExclusion, i.date) : undefined;
  const deadlineRule = workRule === undefined ? undefined : valueOn(parameters.programme.programmeWorkExclusionDeadline, i.date);
  const citizenExcluded = citizenRule !== undefined && (i.citizenship === 'nordic' || i.citizenship === 'eea');
  // The last day the work may end (§ 8 fourth paragraph, second sentence): N months from the first day in a
  // municipality, less one day — with the shipped 24 months, the last day newly arrived.
  const workDeadline =
    deadlineRule === undefined
      ? undefined
      : addDaysToDate(addMonthsToDate(i.livingInMunicipalitySince, deadlineRule.value.monthsAfterMunicipality), -1);
  const work =
    workRule === undefined || workDeadline === undefined
      ? undefined
      : assessWork(i.work, workRule.value.minimumHoursPerWeek, workDeadline, i.date);
  const workExcluded = work !== undefined && (work.case === 'excluded' || work.case === 'endedLate' || work.case === 'endsLater');

  let status: ProgrammeTargetGroupStatus = firstParagraph;
  if (citizenExcluded) status = 'outside';
  else if (workExcluded && (firstParagraph === 'rightAndDuty' || firstParagraph === 'rightOnly')) status = 'outside';
  const notChecked: ProgrammeTargetGroupExclusion[] = [];
  if (status !== 'outside') {
    // Work matters only where the first paragraph would give a right (the third paragraph is untouched).
    if (work?.case === 'notGiven' && (status === 'rightAndDuty' || status === 'rightOnly')) notChecked.push('work');
    if (citizenRule !== undefined && i.citizenship === undefined) notChecked.push('citizenship');
  }
  let statusIfNotExcluded: 'rightAndDuty' | 'rightOnly' | 'mayBeOffered' | undefined;
  if (notChecked.length > 0 && (status === 'rightAndDuty' || status === 'rightOnly' || status === 'mayBeOffered')) {
    statusIfNotExcluded = status;
    status = 'notDetermined';
  }
  const unmet: ProgrammeTargetGroupFailure[] = [
    ...criteria,
    ...(workExcluded ? (['inWork'] as const) : []),
    ...(citizenExcluded ? (['nordicOrEeaCitizen'] as const) : []),
  ];
  const value: ProgrammeTargetGroupResult = {
    status,
    ageOnPermitDate: age,
    newlyArrivedUntil: until,
    unmet,
    notChecked,
    ...(statusIfNotExcluded === undefined ? {} : { statusIfNotExcluded }),
    ...(workExcluded && workDeadline !== undefined ? { workDeadline } : {}),
  };
  if (!explain) return { value, explanation: EMPTY_EXPLANATION };

  const steps: Step[] = [
    step({
      rule: 'programme.target-group',
      message,
      params: {
        age,
        min: ages.value.minimumAge,
        max: ages.value.maximumAge,
        since: i.livingInMunicipalitySince,
        until,
        date: i.date,
        status: firstParagraph,
        unmet: { nb: criteria.map((u) => FAILURE_TEXT[u].nb).join(', '), en: criteria.map((u) => FAILURE_TEXT[u].en).join(', ') },
      },
      reference: ages.reference,
      basis: ages.basis,
      used: [
        usedValue(parameters.programme.programmeAgeLimits, ages, (v) => `${v.minimumAge}–${v.maximumAge}`),
        usedValue(parameters.programme.programmeNewlyArrivedLimit, arrived, (v) => String(v.months)),
      ],
    }),
  ];
  if (workRule !== undefined && deadlineRule !== undefined && work !== undefined) {
    const usesDeadline = work.case !== 'notGiven' && work.case !== 'none' && work.case !== 'below';
    steps.push(
      step({
        rule: 'programme.target-group.work',
        message: workMessage,
        params: work,
        reference: workRule.reference,
        basis: usesDeadline ? weakest([workRule.basis, deadlineRule.basis]) : workRule.basis,
        used: [
          usedValue(parameters.programme.programmeWorkExclusion, workRule, (v) => String(v.minimumHoursPerWeek)),
          ...(usesDeadline
            ? [usedValue(parameters.programme.programmeWorkExclusionDeadline, deadlineRule, (v) => String(v.monthsAfterMunicipality))]
            : []),
        ],
      }),
    );
  } else if (integrationAct && i.work !== undefined) {
    const first = parameters.programme.programmeWorkExclusion.values[0];
    if (first !== undefined && i.date < first.from) {
      steps.push(
        step({
          rule: 'programme.target-group.work',
          message: workMessage,
          params: { case: 'notInForce', from: first.from } satisfies W,
          reference: first.reference,
          basis: first.basis,
        }),
      );
    }
  }
  if (citizenRule !== undefined) {
    steps.push(citizenshipStep(citizenRule, i.citizenship ?? 'notGiven', parameters.programme.programmeNordicEeaExclusion));
  }
  if (status !== firstParagraph) {
    steps.push(
      step({
        rule: 'programme.target-group.outcome',
        message: outcomeMessage,
        params: { status, ...(statusIfNotExcluded === undefined ? {} : { ifNot: statusIfNotExcluded }), missing: notChecked } satisfies O,
        reference: references.integrationAct('§ 8'),
        // As certain as what decided it: the citizenship rule, the work rule (and its deadline only when the
        // work ended after it), or — when not determined — the rules left unchecked.
        basis: weakest([
          citizenExcluded || notChecked.includes('citizenship') ? citizenRule?.basis : undefined,
          workExcluded || notChecked.includes('work') ? workRule?.basis : undefined,
          work?.case === 'endedLate' ? deadlineRule?.basis : undefined,
        ]),
      }),
    );
  }
  return { value, explanation: { steps } };
}

/** The work exclusion, case by case (the explanation's parameters double as the finding). */
function assessWork(work: WorkSituation | undefined, min: number, deadline: IsoDate, date: IsoDate): W {
  if (work === undefined) return { case: 'notGiven', min };
  if (work.kind === 'none') return { case: 'none', min };
  const base = { kind: work.kind, hours: work.hoursPerWeek, min, deadline, endedOn: work.endedOn ?? '' };
  if (work.hoursPerWeek < min) return { ...base, case: 'below' };
  if (work.endedOn === undefined) return { ...base, case: 'excluded' };
  if (work.endedOn > date) return { ...base, case: 'endsLater' };
  return { ...base, case: work.endedOn <= deadline ? 'endedInTime' : 'endedLate' };
}

const ORDINAL: Readonly<Record<number, LocalizedText>> = { 4: { nb: 'fjerde', en: 'fourth' }, 5: { nb: 'femte', en: 'fifth' } };
function paragraphText(n: number | undefined): LocalizedText {
  const o = n === undefined ? undefined : ORDINAL[n];
  return o === undefined ? { nb: '§ 8', en: '§ 8' } : { nb: `§ 8 ${o.nb} ledd`, en: `§ 8 ${o.en} paragraph` };
}

function citizenshipStep(rule: DatedValue<CitizenshipExclusion>, found: C['case'], parameter: Parameter<CitizenshipExclusion>): Step {
  return step({
    rule: 'programme.target-group.citizenship',
    message: citizenshipMessage,
    params: { case: found, para: paragraphText(rule.value.paragraph) } satisfies C,
    reference: rule.reference,
    basis: rule.basis,
    used: [usedValue(parameter, rule, (v) => (v.paragraph === undefined ? '§ 8' : `§ 8 (${v.paragraph})`))],
  });
}
