/**
 * The shared computation behind the end date and the status: checks a granted length and extension
 * against the legal maximum, applies leave and a permanent stop, and explains each step.
 * @module
 */
import { z } from 'zod';
import { addDaysToDate, isoDateSchema, type IsoDate } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { step, type Step } from '../core/explanation.js';
import { cite } from '../core/legal-reference.js';
import type { ResolvedRuleOptions } from '../parameters/rule-options.js';
import { afterPeriod, leaveEffect, type LeaveEffect } from './leave-effect.js';
import { durationStep, lookupDuration, type DurationLookup } from './programme-maximum-length.js';
import { endGoalSchema, leaveSchema, periodSchema, priorEducationSchema, programmeRegimeSchema } from './programme-inputs.js';

/** The programme as decided: what {@link programmeEndDate} and {@link programmeStatus} read. */
export const programmeScheduleSchema = z.strictObject({
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
  /** The last day of granted length plus extension, before leave and stop. */
  readonly plannedLastDay: IsoDate;
  readonly leave: LeaveEffect;
  readonly stopped: boolean;
  readonly duration: DurationLookup;
  readonly steps: Step[];
}

const CONDITION: Record<string, { nb: string; en: string }> = {
  introduksjonsloven: { nb: 'forlengelsen gir deltakeren bedre mulighet for arbeid eller utdanning', en: "the extension improves the participant's chance of work or education" },
  discretionary: { nb: 'deltakeren kan med rimelighet forventes å nå sluttmålet innen forlengelsen', en: 'the participant can reasonably be expected to reach the end goal within the extension' },
  mandatoryWhereItHelps: { nb: 'forlengelsen hjelper deltakeren å nå sluttmålet', en: 'the extension helps the participant reach the end goal' },
};

type E = { months: number; days: number; condition: { nb: string; en: string } };
const extensionMessage = {
  nb: (p: E) => `Forlengelse med ${p.months} måneder og ${p.days} dager; saksbehandler har lagt til grunn at vilkåret er oppfylt: ${p.condition.nb}`,
  en: (p: E) => `Extension by ${p.months} months and ${p.days} days; the case worker has found the condition met: ${p.condition.en}`,
};
type L = { start: string; months: number; days: number; planned: string; last: string; leaveMoved: boolean; stop?: string };
const endMessage = {
  nb: (p: L) => `Start ${p.start} + ${p.months} måneder og ${p.days} dager, minus én dag: siste programdag ${p.last}${p.leaveMoved ? ` (uten permisjon: ${p.planned})` : ''}${p.stop === undefined ? '' : `; varig stans fra ${p.stop}`}`,
  en: (p: L) => `Start ${p.start} + ${p.months} months and ${p.days} days, less one day: last programme day ${p.last}${p.leaveMoved ? ` (without leave: ${p.planned})` : ''}${p.stop === undefined ? '' : `; permanently stopped from ${p.stop}`}`,
};

/** Checks and computes a schedule. @internal */
export function computeSchedule(s: ProgrammeSchedule, { parameters, explain }: ResolvedRuleOptions): ComputedSchedule {
  const offeredOn = s.startOfferedOn ?? s.startDate;
  if (offeredOn > s.startDate) {
    throw inputError('after_start', ['startOfferedOn'], { nb: `kan ikke være etter startdatoen ${s.startDate}`, en: `cannot be after the start date ${s.startDate}` });
  }
  const duration = lookupDuration(parameters, s.regime, offeredOn, s.priorEducation, s.endGoal);
  const d = duration.dated.value;
  const source = { nb: cite(duration.dated.reference, 'nb'), en: cite(duration.dated.reference, 'en') };
  const grantedEnd = afterPeriod(s.startDate, s.granted.months, s.granted.days);
  if (grantedEnd === s.startDate) throw inputError('too_small', ['granted'], { nb: 'innvilget lengde må være mer enn null', en: 'the granted length must be more than zero' });
  const maxEnd = afterPeriod(s.startDate, d.maximumMonths, 0);
  if (grantedEnd > maxEnd) {
    throw inputError('exceeds_maximum', ['granted'], {
      nb: `innvilget lengde (siste dag ${addDaysToDate(grantedEnd, -1)}) er lengre enn høyst ${d.maximumMonths} måneder (siste dag ${addDaysToDate(maxEnd, -1)}) etter ${source.nb}`,
      en: `the granted length (last day ${addDaysToDate(grantedEnd, -1)}) exceeds the maximum of ${d.maximumMonths} months (last day ${addDaysToDate(maxEnd, -1)}) under ${source.en}`,
    });
  }
  if (grantedEnd < afterPeriod(s.startDate, d.minimumMonths, 0)) {
    throw inputError('below_minimum', ['granted'], { nb: `er kortere enn minst ${d.minimumMonths} måneder etter ${source.nb}`, en: `is shorter than the minimum of ${d.minimumMonths} months under ${source.en}` });
  }
  const steps: Step[] = explain ? [durationStep(duration, offeredOn)] : [];
  const ext = s.extension ?? { months: 0, days: 0 };
  const hasExtension = ext.months + ext.days > 0;
  if (hasExtension) {
    if (d.extension === 'none' || d.extensionMonths === 0) {
      throw inputError('extension_not_allowed', ['extension'], { nb: `forlengelse er ikke tillatt etter ${source.nb}`, en: `no extension is allowed under ${source.en}` });
    }
    if (afterPeriod(grantedEnd, ext.months, ext.days) > afterPeriod(grantedEnd, d.extensionMonths, 0)) {
      throw inputError('exceeds_maximum', ['extension'], { nb: `er lengre enn høyst ${d.extensionMonths} måneders forlengelse etter ${source.nb}`, en: `exceeds the maximum extension of ${d.extensionMonths} months under ${source.en}` });
    }
    if (s.extensionConditionMet !== true) {
      throw inputError('condition_not_met', ['extensionConditionMet'], {
        nb: `må være true for å gi forlengelse: vilkåret etter ${source.nb} er at ${(CONDITION[s.regime === 'introduksjonsloven' ? s.regime : d.extension] ?? CONDITION['discretionary'])?.nb ?? ''}`,
        en: `must be true to grant an extension: the condition under ${source.en} is that ${(CONDITION[s.regime === 'introduksjonsloven' ? s.regime : d.extension] ?? CONDITION['discretionary'])?.en ?? ''}`,
      });
    }
    if (explain) {
      const condition = CONDITION[s.regime === 'introduksjonsloven' ? s.regime : d.extension] ?? { nb: '', en: '' };
      steps.push(step({ rule: 'programme.extension', message: extensionMessage, params: { months: ext.months, days: ext.days, condition }, reference: duration.dated.reference, basis: duration.dated.basis }));
    }
  }
  const plannedLastDay = addDaysToDate(afterPeriod(s.startDate, s.granted.months + ext.months, s.granted.days + ext.days), -1);
  const leave = leaveEffect(parameters, s.regime, s.startDate, plannedLastDay, s.leave, explain);
  steps.push(...leave.steps);
  const months = s.granted.months + ext.months + leave.addedMonths;
  const days = s.granted.days + ext.days + leave.addedDays;
  let lastDay = addDaysToDate(afterPeriod(s.startDate, months, days), -1);
  s.leave.forEach((l, idx) => {
    if ('to' in l && l.to > lastDay) {
      throw inputError('after_end', ['leave', idx, 'to'], { nb: `er etter programmets siste dag (${lastDay})`, en: `is after the programme's last day (${lastDay})` });
    }
  });
  // The "without leave" remark is for an end that leave moved, not for one a stop brought forward.
  const movedByLeave = lastDay !== plannedLastDay;
  let stopped = false;
  if (s.permanentStopFrom !== undefined) {
    if (s.permanentStopFrom <= s.startDate) {
      throw inputError('before_start', ['permanentStopFrom'], { nb: `må være etter startdatoen ${s.startDate}`, en: `must be after the start date ${s.startDate}` });
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
        params: { start: s.startDate, months, days, planned: plannedLastDay, last: lastDay, leaveMoved: movedByLeave, ...(stopped && s.permanentStopFrom !== undefined ? { stop: s.permanentStopFrom } : {}) },
        reference: duration.dated.reference,
        basis: duration.dated.basis,
      }),
    );
  }
  return { lastDay, plannedLastDay, leave, stopped, duration, steps };
}
