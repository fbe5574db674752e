/**
 * The follow-up schedule of one introduction-programme participant: the dates of the adviser's planned
 * talks from the programme start to the programme end under a cadence of phases (by default the Grong
 * target: weekly for a month, every 14 days for 3 months, then monthly). The cadence counts from the
 * **programme start** (not the settlement date): talks are programme follow-up, and every talk lies
 * inside the programme. Weekend and holiday talks move to the next working day; see `place-talks.ts`
 * for the whole rule.
 *
 * Source: the follow-up target in Grong kommune's organisation plan (2017; basis practice, parameter
 * `followUpCadence`); public holidays: lov om helligdager og helligdagsfred § 2 and lov om 1. og 17. mai
 * som høgtidsdager § 1.
 * @module
 */
import * as z from 'zod';
import { daysBetween, isoDateSchema, tryParseIsoDate, type IsoDate } from '../core/date.js';
import { EMPTY_EXPLANATION, step, usedValue, type Explained, type Step } from '../core/explanation.js';
import { valueOn } from '../core/parameters.js';
import { fromZodError, localizedIssue, parseInput } from '../core/validate.js';
import type { FollowUpCadence } from './tables/follow-up-cadence.js';
import type { CaseloadSlices } from './options.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveCaseloadOptions } from './options.js';
import { LIBRARY_SCHEDULING_RULE } from '../sources/caseload-sources.js';
import { describeCadence, followUpCadenceSchema } from './cadence.js';
import { FIRST_HOLIDAY_YEAR } from './easter-sunday.js';
import { placeTalks, type FollowUpTalk, type SkippedTalk } from './place-talks.js';
import { LAST_WORKING_DAY_YEAR, holidayOn, isoWeekday } from './working-days.js';

/** The longest programme a schedule is made for: 10 years (the Acts allow at most about 4 with leave). */
export const MAX_SCHEDULE_DAYS = 3653;

const inRange = (d: string) => Number(d.slice(0, 4)) >= FIRST_HOLIDAY_YEAR && Number(d.slice(0, 4)) <= LAST_WORKING_DAY_YEAR;
const yearIssue = /* @__PURE__ */ localizedIssue('out_of_range', {
  nb: `året må være fra ${FIRST_HOLIDAY_YEAR} til ${LAST_WORKING_DAY_YEAR} (helligdagene beregnes for disse årene)`,
  en: `the year must be from ${FIRST_HOLIDAY_YEAR} to ${LAST_WORKING_DAY_YEAR} (the years holidays are computed for)`,
});

/** A date the schedules accept: a real date in 1995–2198. */
export const scheduleDateSchema = /* @__PURE__ */ isoDateSchema.superRefine((d, ctx) => {
  if (/^\d{4}-/.test(d) && !inRange(d)) ctx.addIssue(yearIssue);
});

/**
 * A leave period (both days included): no talks are held in it.
 *
 * @example
 * ```ts
 * import { leavePeriodSchema } from 'integreringsregler';
 * leavePeriodSchema.safeParse({ from: '2024-03-01', to: '2024-02-01' }).success; // false
 * ```
 */
export const leavePeriodSchema = /* @__PURE__ */ z
  .strictObject({ from: scheduleDateSchema, to: scheduleDateSchema })
  .superRefine((l, ctx) => {
    if (l.to < l.from)
      ctx.addIssue(localizedIssue('end_before_start', { nb: 'slutter før den begynner', en: 'ends before it starts' }, ['to']));
  });

/** Input to {@link followUpSchedule}. */
export const followUpScheduleInputSchema = /* @__PURE__ */ z
  .strictObject({
    /** The first day of the programme: the first talk is planned here. */
    programmeStart: scheduleDateSchema,
    /** The last day of the programme (with any extension and leave already counted in). */
    programmeEnd: scheduleDateSchema,
    /** A cadence to use instead of the parameter `followUpCadence`. */
    cadence: followUpCadenceSchema.optional(),
    /** Leave periods: talks falling in them are not held. */
    leave: z.array(leavePeriodSchema).max(100).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.programmeEnd < v.programmeStart)
      ctx.addIssue(
        localizedIssue('end_before_start', { nb: 'programslutt er før programstart', en: 'the programme ends before it starts' }, [
          'programmeEnd',
        ]),
      );
    else if (
      tryParseIsoDate(v.programmeStart) !== undefined &&
      tryParseIsoDate(v.programmeEnd) !== undefined &&
      daysBetween(v.programmeStart, v.programmeEnd) > MAX_SCHEDULE_DAYS
    ) {
      ctx.addIssue(
        localizedIssue('too_long', { nb: 'programmet er lengre enn 10 år', en: 'the programme is longer than 10 years' }, ['programmeEnd']),
      );
    }
  });

/** Input to {@link followUpSchedule}, as callers write it. */
export type FollowUpScheduleInput = z.input<typeof followUpScheduleInputSchema>;

/** A participant's follow-up schedule. */
export interface FollowUpSchedule {
  readonly cadence: FollowUpCadence;
  /** The talks held, in date order. */
  readonly talks: readonly FollowUpTalk[];
  /** Talks the cadence planned that are not held (in a leave, or no working day left for them). */
  readonly skipped: readonly SkippedTalk[];
}

/** The cadence to use: the input's, or the parameter's on the programme start (checked). @internal */
export function resolveCadence(
  parameters: CaseloadSlices,
  start: IsoDate,
  given: FollowUpCadence | undefined,
): { cadence: FollowUpCadence; used: Step['used'] } {
  if (given !== undefined) return { cadence: given, used: [] };
  const dated = valueOn(parameters.caseload.followUpCadence, start);
  const checked = followUpCadenceSchema.safeParse(dated.value);
  if (!checked.success) throw fromZodError(checked.error, ['parameters', 'followUpCadence']);
  return { cadence: dated.value, used: [usedValue(parameters.caseload.followUpCadence, dated, (c) => describeCadence(c).en)] };
}

function dayName(date: IsoDate): { nb: string; en: string } {
  const h = holidayOn(date);
  if (h !== undefined) return { nb: h.name.nb.toLowerCase(), en: h.name.en };
  return isoWeekday(date) === 6 ? { nb: 'lørdag', en: 'a Saturday' } : { nb: 'søndag', en: 'a Sunday' };
}

/**
 * The planned follow-up talks of one participant.
 * @throws InputError on bad input; NoParameterValueError when no cadence covers the programme start.
 *
 * @example
 * ```ts
 * import { followUpSchedule } from 'integreringsregler';
 * const s = followUpSchedule({ programmeStart: '2024-03-14', programmeEnd: '2026-03-13' }).value;
 * s.talks.slice(0, 4).map((t) => t.date); // ['2024-03-14', '2024-03-21', '2024-04-02', '2024-04-04']
 * s.talks[2]?.planned; // '2024-03-28'
 * ```
 */
export function followUpSchedule(input: FollowUpScheduleInput, options?: RuleOptions): Explained<FollowUpSchedule> {
  const { programmeStart, programmeEnd, cadence: given, leave } = parseInput(followUpScheduleInputSchema, input);
  const { parameters, explain } = resolveCaseloadOptions(options);
  const { cadence, used } = resolveCadence(parameters, programmeStart, given);
  const { talks, skipped } = placeTalks(cadence, programmeStart, programmeEnd, leave);
  const value = { cadence, talks, skipped };
  if (!explain) return { value, explanation: EMPTY_EXPLANATION };
  type Txt = { nb: string; en: string };
  const steps: Step[] = [
    step({
      rule: 'caseload.follow-up-cadence',
      message: {
        nb: (p: { c: Txt; s: string; e: string; n: number }) =>
          `Oppfølgingssamtaler fra programstart ${p.s} til programslutt ${p.e} (${p.c.nb}): ${p.n} samtaler`,
        en: (p) => `Follow-up talks from the programme start ${p.s} to the programme end ${p.e} (${p.c.en}): ${p.n} talks`,
      },
      params: { c: describeCadence(cadence), s: programmeStart, e: programmeEnd, n: talks.length },
      ...(used.length > 0 ? { reference: used[0]?.reference, basis: used[0]?.basis } : {}),
      used,
    }),
  ];
  for (const t of talks.filter((x) => x.shiftDays !== 0)) {
    steps.push(
      step({
        rule: 'caseload.talk-moved',
        message: {
          nb: (p: { planned: string; date: string; day: Txt; back: boolean }) =>
            `Samtalen planlagt ${p.planned} (${p.day.nb}) holdes ${p.date}, ${p.back ? 'siste arbeidsdag før, fordi programmet slutter' : 'første arbeidsdag etter'}`,
          en: (p) =>
            `The talk planned on ${p.planned} (${p.day.en}) is held on ${p.date}, the ${p.back ? 'last working day before, as the programme ends' : 'first working day after'}`,
        },
        params: { planned: t.planned, date: t.date, day: dayName(t.planned), back: t.shiftDays < 0 },
        reference: LIBRARY_SCHEDULING_RULE,
        basis: 'assumption',
      }),
    );
  }
  for (const s of skipped) {
    steps.push(
      step({
        rule: 'caseload.talk-skipped',
        message: {
          nb: (p: { planned: string; leave: boolean }) =>
            `Samtalen planlagt ${p.planned} holdes ikke: ${p.leave ? 'deltakeren har permisjon' : 'ingen ledig arbeidsdag innenfor programmet'}`,
          en: (p) =>
            `The talk planned on ${p.planned} is not held: ${p.leave ? 'the participant is on leave' : 'no free working day inside the programme'}`,
        },
        params: { planned: s.planned, leave: s.reason === 'leave' },
        reference: LIBRARY_SCHEDULING_RULE,
        basis: 'assumption',
      }),
    );
  }
  return { value, explanation: { steps } };
}
