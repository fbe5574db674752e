/**
 * Adviser workload of a cohort over time: for each month, the active participants, the adviser FTE they
 * need under the norm (participants ÷ norm, the norm looked up on the month's first day), the follow-up
 * talks due under the cadence (each participant's schedule, see `followUpSchedule`), and the adviser
 * hours those talks take at the caller's minutes per talk (hours rounded half-up to two decimals). The
 * peaks show a manager when most advisers are needed and when the need passes.
 * @module
 */
import * as z from 'zod';
import { daysBetween, tryParseIsoDate } from '../core/date.js';
import { EMPTY_EXPLANATION, step, type Explained, type Step } from '../core/explanation.js';
import { Decimal } from '../core/money.js';
import { isoMonthSchema, monthOf, monthsFromTo, firstDayOfMonth, type IsoMonth } from '../core/month.js';
import { Rational } from '../core/rational.js';
import { roundHalfUpToHundredths } from '../core/rounding.js';
import { localizedIssue, parseInput } from '../core/validate.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveCaseloadOptions } from './options.js';
import { activeInMonth } from './active-months.js';
import { followUpCadenceSchema } from './cadence.js';
import { fteDecimal, normOn, normStep, showDecimal } from './adviser-fte-needed.js';
import { MAX_SCHEDULE_DAYS, leavePeriodSchema, resolveCadence, scheduleDateSchema } from './follow-up-schedule.js';
import { placeTalks } from './place-talks.js';

/** One participant of a cohort. */
export const cohortParticipantSchema = /* @__PURE__ */ z
  .strictObject({
    /** The caller's own label (not used in the computation; errors name the participant by index). */
    id: z.string().max(200).optional(),
    programmeStart: scheduleDateSchema,
    programmeEnd: scheduleDateSchema,
    leave: z.array(leavePeriodSchema).max(100).default([]),
    /** How many participants share exactly these dates (default 1): a group settled together counts once. */
    count: z.int().min(1).max(1_000_000).default(1),
  })
  .superRefine((v, ctx) => {
    if (v.programmeEnd < v.programmeStart)
      ctx.addIssue(
        localizedIssue('end_before_start', { nb: 'programslutt er før programstart', en: 'the programme ends before it starts' }, [
          'programmeEnd',
        ]),
      );
    else if (
      tryParseIsoDate(v.programmeStart) &&
      tryParseIsoDate(v.programmeEnd) &&
      daysBetween(v.programmeStart, v.programmeEnd) > MAX_SCHEDULE_DAYS
    ) {
      ctx.addIssue(
        localizedIssue('too_long', { nb: 'programmet er lengre enn 10 år', en: 'the programme is longer than 10 years' }, ['programmeEnd']),
      );
    }
  });

/** Input to {@link cohortWorkload}. */
export const cohortWorkloadInputSchema = /* @__PURE__ */ z
  .strictObject({
    /** First month reported. */
    from: isoMonthSchema,
    /** Last month reported (at most 240 months after `from`). */
    to: isoMonthSchema,
    /** Adviser minutes per follow-up talk (preparation and notes included, as the caller counts). */
    minutesPerTalk: z.int().min(1).max(600),
    /** A cadence for every participant instead of the parameter `followUpCadence`. */
    cadence: followUpCadenceSchema.optional(),
    participants: z.array(cohortParticipantSchema).max(100_000),
  })
  .superRefine((v, ctx) => {
    if (v.to < v.from)
      ctx.addIssue(
        localizedIssue('end_before_start', { nb: 'siste måned er før første', en: 'the last month is before the first' }, ['to']),
      );
    else if (monthsFromTo(v.from, v.to).length > 240)
      ctx.addIssue(localizedIssue('too_long', { nb: 'høyst 240 måneder', en: 'at most 240 months' }, ['to']));
  });

/** Input to {@link cohortWorkload}, as callers write it. */
export type CohortWorkloadInput = z.input<typeof cohortWorkloadInputSchema>;

/** One month of a cohort's workload. */
export interface CohortMonth {
  readonly month: IsoMonth;
  readonly activeParticipants: number;
  readonly fteNeeded: Decimal;
  readonly talks: number;
  readonly adviserMinutes: number;
  readonly adviserHours: Decimal;
}

/** A cohort's workload month by month, with its peaks (the first month of each peak). */
export interface CohortWorkload {
  readonly months: readonly CohortMonth[];
  readonly peakParticipants: CohortMonth;
  readonly peakTalks: CohortMonth;
  readonly totalTalks: number;
}

/**
 * Month-by-month active participants, FTE needed, talks due and adviser hours for a cohort.
 * @throws InputError on bad input; NoParameterValueError when the norm or cadence has no value for a date.
 *
 * @example
 * ```ts
 * import { cohortWorkload } from 'integreringsregler';
 * const w = cohortWorkload({
 *   from: '2024-01', to: '2024-03', minutesPerTalk: 60,
 *   participants: [{ programmeStart: '2024-01-08', programmeEnd: '2026-01-07' }, { programmeStart: '2024-02-01', programmeEnd: '2026-01-31' }],
 * }).value;
 * w.months.map((m) => m.activeParticipants); // [1, 2, 2]
 * w.months[0]?.talks; // 4
 * w.months[1]?.fteNeeded.toString(); // '0.1'
 * ```
 */
export function cohortWorkload(input: CohortWorkloadInput, options?: RuleOptions): Explained<CohortWorkload> {
  const { from, to, minutesPerTalk, cadence: given, participants } = parseInput(cohortWorkloadInputSchema, input);
  const { parameters, explain } = resolveCaseloadOptions(options);
  const months = monthsFromTo(from, to);
  const talksIn = new Map<IsoMonth, number>();
  // Every cadence value any participant's schedule used (participants starting under different cadences
  // each cite their own), once each.
  const cadenceUsed = new Map<string, Step['used'][number]>();
  for (const p of participants) {
    const { cadence, used } = resolveCadence(parameters, p.programmeStart, given);
    for (const u of used) if (!cadenceUsed.has(`${u.parameter}@${u.from}`)) cadenceUsed.set(`${u.parameter}@${u.from}`, u);
    for (const t of placeTalks(cadence, p.programmeStart, p.programmeEnd, p.leave).talks)
      talksIn.set(monthOf(t.date), (talksIn.get(monthOf(t.date)) ?? 0) + p.count);
  }
  const norms = months.map((m) => normOn(parameters, firstDayOfMonth(m)));
  const rows: CohortMonth[] = months.map((month, i) => {
    const active = participants.reduce((n, p) => (activeInMonth(month, p.programmeStart, p.programmeEnd, p.leave) ? n + p.count : n), 0);
    const talks = talksIn.get(month) ?? 0;
    const adviserMinutes = talks * minutesPerTalk;
    return {
      month,
      activeParticipants: active,
      fteNeeded: fteDecimal(Rational.of(active, norms[i]?.value ?? 1)).value,
      talks,
      adviserMinutes,
      adviserHours: roundHalfUpToHundredths(Rational.of(adviserMinutes, 60)),
    };
  });
  const first = rows[0] as CohortMonth;
  const peakParticipants = rows.reduce((best, r) => (r.activeParticipants > best.activeParticipants ? r : best), first);
  const peakTalks = rows.reduce((best, r) => (r.talks > best.talks ? r : best), first);
  const value = { months: rows, peakParticipants, peakTalks, totalTalks: rows.reduce((s, r) => s + r.talks, 0) };
  if (!explain) return { value, explanation: EMPTY_EXPLANATION };
  // One norm step for each norm value in force during the period, from the first month it applies.
  const normSteps = months.flatMap((m, i) =>
    i === 0 || norms[i]?.from !== norms[i - 1]?.from
      ? [normStep(parameters, norms[i] as NonNullable<(typeof norms)[0]>, firstDayOfMonth(m))]
      : [],
  );
  return {
    value,
    explanation: {
      steps: [
        ...normSteps,
        ...cohortSteps(
          value,
          norms.map((n) => n.value),
          minutesPerTalk,
          [...cadenceUsed.values()],
        ),
      ],
    },
  };
}

function cohortSteps(w: CohortWorkload, norms: readonly number[], minutes: number, used: Step['used']): Step[] {
  type R = { m: string; n: number; norm: number; fte: { nb: string; en: string }; t: number; min: number; h: { nb: string; en: string } };
  const rows = w.months.map((r, i) =>
    step({
      rule: 'caseload.cohort-month',
      message: {
        nb: (p: R) => `${p.m}: ${p.n} aktive deltakere / ${p.norm} = ${p.fte.nb} årsverk; ${p.t} samtaler × ${p.min} min = ${p.h.nb} timer`,
        en: (p: R) => `${p.m}: ${p.n} active participants / ${p.norm} = ${p.fte.en} FTE; ${p.t} talks × ${p.min} min = ${p.h.en} hours`,
      },
      params: {
        m: r.month,
        n: r.activeParticipants,
        norm: norms[i] ?? 0,
        fte: { nb: showDecimal(r.fteNeeded, 'nb'), en: showDecimal(r.fteNeeded, 'en') },
        t: r.talks,
        min: minutes,
        h: { nb: showDecimal(r.adviserHours, 'nb'), en: showDecimal(r.adviserHours, 'en') },
      },
      used,
    }),
  );
  type P = { pm: string; pn: number; tm: string; tn: number };
  const peak = step({
    rule: 'caseload.cohort-peak',
    message: {
      nb: (p: P) => `Flest aktive deltakere: ${p.pn} i ${p.pm}; flest samtaler: ${p.tn} i ${p.tm}`,
      en: (p: P) => `Most active participants: ${p.pn} in ${p.pm}; most talks: ${p.tn} in ${p.tm}`,
    },
    params: { pm: w.peakParticipants.month, pn: w.peakParticipants.activeParticipants, tm: w.peakTalks.month, tn: w.peakTalks.talks },
  });
  return [...rows, peak];
}
