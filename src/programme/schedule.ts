/**
 * The shared computation behind the end date and the status: checks a granted length and extension
 * against the legal maximum, and an extension under the temporary covid-19 rules against what those
 * rules allowed for the programme's start date (parameter `covidProgrammeExtension`), applies leave and
 * a permanent stop, and explains each step.
 * @module
 */
import * as z from 'zod';
import { addDaysToDate, isoDateSchema, type IsoDate } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { step, usedValue, type Step } from '../core/explanation.js';
import { cite } from '../core/legal-reference.js';
import type { DatedValue } from '../core/parameters.js';
import type { ProgrammeSlices } from './options.js';
import type { CovidProgrammeExtension } from './tables/durations.js';
import type { ResolvedProgrammeOptions } from './options.js';
import { afterPeriod, leaveEffect, type LeaveEffect } from './leave-effect.js';
import { durationStep, lookupDuration, type DurationLookup } from './programme-maximum-length.js';
import { endGoalSchema, leaveSchema, periodSchema, priorEducationSchema, programmeRegimeSchema, type ProgrammeRegime } from './inputs.js';

/** The programme as decided: what {@link programmeEndDate} and {@link programmeStatus} read. */
export const programmeScheduleSchema = /* @__PURE__ */ z.strictObject({
  regime: programmeRegimeSchema,
  /** The first programme day. */
  startDate: isoDateSchema,
  /** The date the start was offered (decides which length rules apply); the start date if not given. */
  startOfferedOn: isoDateSchema.optional(),
  priorEducation: priorEducationSchema.optional(),
  endGoal: endGoalSchema.optional(),
  /** The granted length. */
  granted: periodSchema,
  /** An extension on top of the granted length. */
  extension: periodSchema.optional(),
  /** The case worker's finding that the legal condition for the extension is met (required with an extension). */
  extensionConditionMet: z.boolean().optional(),
  /**
   * An extension under the temporary covid-19 rules ("utvidet introduksjonsprogram": Introduction Act
   * programmes started up to 31 March 2020), on top of the granted length and any ordinary extension.
   */
  covidExtension: periodSchema.optional(),
  /** The case worker's finding that the temporary rule's condition is met (required with a covid extension). */
  covidExtensionConditionMet: z.boolean().optional(),
  /** Leave, absence and time off, each with its kind, as dates or as a count (calendar length, working days). */
  leave: z.array(leaveSchema).max(1000).readonly().default([]),
  /** The first day without programme after a permanent stop (stans). */
  permanentStopFrom: isoDateSchema.optional(),
});
/** The schedule, validated. */
export type ProgrammeSchedule = z.output<typeof programmeScheduleSchema>;

/** The computed schedule. @internal */
export interface ComputedSchedule {
  readonly lastDay: IsoDate;
  /** The last day of granted length plus extension (ordinary and covid-19), before leave and stop. */
  readonly plannedLastDay: IsoDate;
  readonly leave: LeaveEffect;
  readonly stopped: boolean;
  readonly duration: DurationLookup;
  readonly steps: Step[];
}

const CONDITION: Record<string, { nb: string; en: string }> = {
  introduksjonsloven: {
    nb: 'forlengelsen gir deltakeren bedre mulighet for arbeid eller utdanning',
    en: "the extension improves the participant's chance of work or education",
  },
  discretionary: {
    nb: 'deltakeren kan med rimelighet forventes å nå sluttmålet innen forlengelsen',
    en: 'the participant can reasonably be expected to reach the end goal within the extension',
  },
  mandatoryWhereItHelps: {
    nb: 'forlengelsen hjelper deltakeren å nå sluttmålet',
    en: 'the extension helps the participant reach the end goal',
  },
};

const COVID_CONDITION = {
  nb: 'deltakeren har behov for utvidelsen for å komme i arbeid eller utdanning, og var fortsatt i programmet da den midlertidige regelen trådte i kraft',
  en: 'the participant needs the extension to get into work or education, and was still in the programme when the temporary rule took effect',
};
const ACT_NAME: Record<ProgrammeRegime, { nb: string; en: string }> = {
  introduksjonsloven: { nb: 'introduksjonsloven', en: 'the Introduction Act' },
  integreringsloven: { nb: 'integreringsloven', en: 'the Integration Act' },
  'integreringsloven-6A': { nb: 'integreringsloven', en: 'the Integration Act' },
};

/** The temporary covid-19 rule covering a programme started on `startDate` under `regime`, if any. */
function covidRule(
  parameters: ProgrammeSlices,
  regime: ProgrammeRegime,
  startDate: IsoDate,
): DatedValue<CovidProgrammeExtension> | undefined {
  return parameters.programme.covidProgrammeExtension.values.find(
    (v) => v.from <= startDate && (v.to === undefined || startDate <= v.to) && v.value.regime === regime,
  );
}

type C = { months: number; days: number; max: number; from: string; to: string };
const covidMessage = {
  nb: (p: C) =>
    `Utvidet introduksjonsprogram etter de midlertidige covid-19-reglene med ${p.months} måneder og ${p.days} dager (høyst ${p.max} måneder for programmer startet ${p.from}–${p.to}), i tillegg til programmets varighet og ordinær forlengelse; saksbehandler har lagt til grunn at vilkåret er oppfylt: ${COVID_CONDITION.nb}`,
  en: (p: C) =>
    `Extended programme under the temporary covid-19 rules by ${p.months} months and ${p.days} days (at most ${p.max} months for programmes started ${p.from}–${p.to}), on top of the programme's length and any ordinary extension; the case worker has found the condition met: ${COVID_CONDITION.en}`,
};

type E = { months: number; days: number; condition: { nb: string; en: string } };
const extensionMessage = {
  nb: (p: E) =>
    `Forlengelse med ${p.months} måneder og ${p.days} dager; saksbehandler har lagt til grunn at vilkåret er oppfylt: ${p.condition.nb}`,
  en: (p: E) => `Extension by ${p.months} months and ${p.days} days; the case worker has found the condition met: ${p.condition.en}`,
};
type L = { start: string; months: number; days: number; planned: string; last: string; leaveMoved: boolean; stop?: string };
const endMessage = {
  nb: (p: L) =>
    `Start ${p.start} + ${p.months} måneder og ${p.days} dager, minus én dag: siste programdag ${p.last}${p.leaveMoved ? ` (uten permisjon: ${p.planned})` : ''}${p.stop === undefined ? '' : `; varig stans fra ${p.stop}`}`,
  en: (p: L) =>
    `Start ${p.start} + ${p.months} months and ${p.days} days, less one day: last programme day ${p.last}${p.leaveMoved ? ` (without leave: ${p.planned})` : ''}${p.stop === undefined ? '' : `; permanently stopped from ${p.stop}`}`,
};

/** Checks and computes a schedule. @internal */
export function computeSchedule(s: ProgrammeSchedule, { parameters, explain }: ResolvedProgrammeOptions): ComputedSchedule {
  const offeredOn = s.startOfferedOn ?? s.startDate;
  if (offeredOn > s.startDate) {
    throw inputError('after_start', ['startOfferedOn'], {
      nb: `kan ikke være etter startdatoen ${s.startDate}`,
      en: `cannot be after the start date ${s.startDate}`,
    });
  }
  const duration = lookupDuration(parameters, s.regime, offeredOn, s.priorEducation, s.endGoal);
  const d = duration.dated.value;
  const source = { nb: cite(duration.dated.reference, 'nb'), en: cite(duration.dated.reference, 'en') };
  const grantedEnd = afterPeriod(s.startDate, s.granted.months, s.granted.days);
  if (grantedEnd === s.startDate)
    throw inputError('too_small', ['granted'], {
      nb: 'innvilget lengde må være mer enn null',
      en: 'the granted length must be more than zero',
    });
  const maxEnd = afterPeriod(s.startDate, d.maximumMonths, 0);
  const covid = covidRule(parameters, s.regime, s.startDate);
  // A refusal of a length above the maximum points to the covid-19 route where it was open.
  // Only where that rule could cover a programme ending as asked (`end`: the day after its last day).
  const covidHint = (end: IsoDate) =>
    covid === undefined || (covid.value.stillInProgrammeOn !== undefined && end <= covid.value.stillInProgrammeOn)
      ? { nb: '', en: '' }
      : {
          nb: ` (en utvidelse etter de midlertidige covid-19-reglene, høyst ${covid.value.maximumMonths} måneder for et program startet ${s.startDate}, oppgis som covidExtension)`,
          en: ` (an extension under the temporary covid-19 rules, at most ${covid.value.maximumMonths} months for a programme started on ${s.startDate}, goes in covidExtension)`,
        };
  if (grantedEnd > maxEnd) {
    throw inputError('exceeds_maximum', ['granted'], {
      nb: `innvilget lengde (siste dag ${addDaysToDate(grantedEnd, -1)}) er lengre enn høyst ${d.maximumMonths} måneder (siste dag ${addDaysToDate(maxEnd, -1)}) etter ${source.nb}${covidHint(grantedEnd).nb}`,
      en: `the granted length (last day ${addDaysToDate(grantedEnd, -1)}) exceeds the maximum of ${d.maximumMonths} months (last day ${addDaysToDate(maxEnd, -1)}) under ${source.en}${covidHint(grantedEnd).en}`,
    });
  }
  if (grantedEnd < afterPeriod(s.startDate, d.minimumMonths, 0)) {
    throw inputError('below_minimum', ['granted'], {
      nb: `er kortere enn minst ${d.minimumMonths} måneder etter ${source.nb}`,
      en: `is shorter than the minimum of ${d.minimumMonths} months under ${source.en}`,
    });
  }
  const steps: Step[] = explain ? [durationStep(duration, offeredOn)] : [];
  const ext = s.extension ?? { months: 0, days: 0 };
  const hasExtension = ext.months + ext.days > 0;
  if (hasExtension) {
    if (d.extension === 'none' || d.extensionMonths === 0) {
      const hint = covidHint(afterPeriod(grantedEnd, ext.months, ext.days));
      throw inputError('extension_not_allowed', ['extension'], {
        nb: `forlengelse er ikke tillatt etter ${source.nb}${hint.nb}`,
        en: `no extension is allowed under ${source.en}${hint.en}`,
      });
    }
    if (afterPeriod(grantedEnd, ext.months, ext.days) > afterPeriod(grantedEnd, d.extensionMonths, 0)) {
      const hint = covidHint(afterPeriod(grantedEnd, ext.months, ext.days));
      throw inputError('exceeds_maximum', ['extension'], {
        nb: `er lengre enn høyst ${d.extensionMonths} måneders forlengelse etter ${source.nb}${hint.nb}`,
        en: `exceeds the maximum extension of ${d.extensionMonths} months under ${source.en}${hint.en}`,
      });
    }
    if (s.extensionConditionMet !== true) {
      throw inputError('condition_not_met', ['extensionConditionMet'], {
        nb: `må være true for å gi forlengelse: vilkåret etter ${source.nb} er at ${(CONDITION[s.regime === 'introduksjonsloven' ? s.regime : d.extension] ?? CONDITION['discretionary'])?.nb ?? ''}`,
        en: `must be true to grant an extension: the condition under ${source.en} is that ${(CONDITION[s.regime === 'introduksjonsloven' ? s.regime : d.extension] ?? CONDITION['discretionary'])?.en ?? ''}`,
      });
    }
    if (explain) {
      const condition = CONDITION[s.regime === 'introduksjonsloven' ? s.regime : d.extension] ?? { nb: '', en: '' };
      steps.push(
        step({
          rule: 'programme.extension',
          message: extensionMessage,
          params: { months: ext.months, days: ext.days, condition },
          reference: duration.dated.reference,
          basis: duration.dated.basis,
        }),
      );
    }
  }
  const cx = s.covidExtension ?? { months: 0, days: 0 };
  if (cx.months + cx.days > 0) {
    if (covid === undefined) {
      const known = parameters.programme.covidProgrammeExtension.values
        .filter((v) => v.value.regime === 'introduksjonsloven')
        .map((v) => v.to ?? v.from);
      const last = known.length === 0 ? undefined : known.reduce((a, b) => (a > b ? a : b));
      const act = ACT_NAME[s.regime];
      throw inputError('covid_extension_not_available', ['covidExtension'], {
        nb: `ingen midlertidig covid-19-regel om utvidet introduksjonsprogram dekker et program etter ${act.nb} startet ${s.startDate}: ${last === undefined ? 'parameteren covidProgrammeExtension har ingen slik regel' : `reglene biblioteket kjenner (parameteren covidProgrammeExtension) gjaldt programmer etter introduksjonsloven startet til og med ${last}`}. Er utvidelsen gitt etter en annen regel, legg den inn i parameteren`,
        en: `no temporary covid-19 rule on an extended introduction programme covers a programme under ${act.en} started on ${s.startDate}: ${last === undefined ? 'the covidProgrammeExtension parameter holds no such rule' : `the rules the library knows (the covidProgrammeExtension parameter) covered Introduction Act programmes started up to and including ${last}`}. If the extension was granted under another rule, add it to the parameter`,
      });
    }
    const base = afterPeriod(s.startDate, s.granted.months + ext.months, s.granted.days + ext.days);
    const covidSource = { nb: cite(covid.reference, 'nb'), en: cite(covid.reference, 'en') };
    if (afterPeriod(base, cx.months, cx.days) > afterPeriod(base, covid.value.maximumMonths, 0)) {
      throw inputError('exceeds_maximum', ['covidExtension'], {
        nb: `er lengre enn høyst ${covid.value.maximumMonths} måneders utvidelse for et program startet ${s.startDate} etter ${covidSource.nb}`,
        en: `exceeds the maximum extension of ${covid.value.maximumMonths} months for a programme started on ${s.startDate} under ${covidSource.en}`,
      });
    }
    if (s.covidExtensionConditionMet !== true) {
      throw inputError('condition_not_met', ['covidExtensionConditionMet'], {
        nb: `må være true for å gi utvidet program: vilkåret etter ${covidSource.nb} er at ${COVID_CONDITION.nb}`,
        en: `must be true to grant the extended programme: the condition under ${covidSource.en} is that ${COVID_CONDITION.en}`,
      });
    }
    if (explain) {
      steps.push(
        step({
          rule: 'programme.covid-extension',
          message: covidMessage,
          params: { months: cx.months, days: cx.days, max: covid.value.maximumMonths, from: covid.from, to: covid.to ?? '' },
          reference: covid.reference,
          basis: covid.basis,
          used: [usedValue(parameters.programme.covidProgrammeExtension, covid, (c) => `${c.maximumMonths}`)],
        }),
      );
    }
  }
  const plannedLastDay = addDaysToDate(
    afterPeriod(s.startDate, s.granted.months + ext.months + cx.months, s.granted.days + ext.days + cx.days),
    -1,
  );
  const leave = leaveEffect(parameters, s.regime, s.startDate, plannedLastDay, s.leave, explain);
  if (covid?.value.stillInProgrammeOn !== undefined && cx.months + cx.days > 0) {
    // The cohort the rule covered only if still in the programme when it came.
    const endedOn = addDaysToDate(
      afterPeriod(s.startDate, s.granted.months + ext.months + leave.addedMonths, s.granted.days + ext.days + leave.addedDays),
      -1,
    );
    if (endedOn < covid.value.stillInProgrammeOn) {
      const since = covid.value.stillInProgrammeOn;
      throw inputError('covid_extension_not_available', ['covidExtension'], {
        nb: `programmet sluttet ${endedOn}, før ${since}: ${cite(covid.reference, 'nb')} gjaldt bare deltakere som fortsatt var i programmet da de midlertidige reglene kom`,
        en: `the programme ended on ${endedOn}, before ${since}: ${cite(covid.reference, 'en')} covered only participants still in the programme when the temporary rules came`,
      });
    }
  }
  for (const leaveStep of leave.steps) steps.push(leaveStep);
  const months = s.granted.months + ext.months + cx.months + leave.addedMonths;
  const days = s.granted.days + ext.days + cx.days + leave.addedDays;
  let lastDay = addDaysToDate(afterPeriod(s.startDate, months, days), -1);
  s.leave.forEach((l, idx) => {
    if ('to' in l && l.to > lastDay) {
      throw inputError('after_end', ['leave', idx, 'to'], {
        nb: `er etter programmets siste dag (${lastDay})`,
        en: `is after the programme's last day (${lastDay})`,
      });
    }
  });
  // The "without leave" remark is for an end that leave moved, not for one a stop brought forward.
  const movedByLeave = lastDay !== plannedLastDay;
  let stopped = false;
  if (s.permanentStopFrom !== undefined) {
    if (s.permanentStopFrom <= s.startDate) {
      throw inputError('before_start', ['permanentStopFrom'], {
        nb: `må være etter startdatoen ${s.startDate}`,
        en: `must be after the start date ${s.startDate}`,
      });
    }
    if (s.permanentStopFrom <= lastDay) {
      lastDay = addDaysToDate(s.permanentStopFrom, -1);
      stopped = true;
    }
  }
  if (explain) {
    steps.push(
      step({
        rule: 'programme.end-date',
        message: endMessage,
        params: {
          start: s.startDate,
          months,
          days,
          planned: plannedLastDay,
          last: lastDay,
          leaveMoved: movedByLeave,
          ...(stopped && s.permanentStopFrom !== undefined ? { stop: s.permanentStopFrom } : {}),
        },
        reference: duration.dated.reference,
        basis: duration.dated.basis,
      }),
    );
  }
  return { lastDay, plannedLastDay, leave, stopped, duration, steps };
}
