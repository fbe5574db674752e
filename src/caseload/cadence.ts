/**
 * The follow-up cadence as input: its schema, and the reading of a cadence over a programme — where each
 * phase starts (phase lengths are counted in calendar months from the programme start, with the
 * library's month-end rule) and the date of the n-th talk after a phase anchor.
 * @module
 */
import * as z from 'zod';
import { addDaysToDate, addMonthsToDate, type IsoDate } from '../core/date.js';
import type { LocalizedText } from '../core/localized-text.js';
import { localizedIssue } from '../core/validate.js';
import type { FollowUpCadence, FollowUpPhase } from './tables/follow-up-cadence.js';

/**
 * One phase: `months` (its length; left out in the last phase) and exactly one of `intervalDays` and
 * `intervalMonths`.
 *
 * @example
 * ```ts
 * import { followUpPhaseSchema } from 'integreringsregler';
 * followUpPhaseSchema.safeParse({ months: 1, intervalDays: 7 }).success; // true
 * followUpPhaseSchema.safeParse({ months: 1, intervalDays: 7, intervalMonths: 1 }).success; // false
 * ```
 */
export const followUpPhaseSchema = /* @__PURE__ */ z
  .strictObject({
    /** Length of the phase in calendar months (1–120). */
    months: z.int().min(1).max(120).optional(),
    /** Days from one talk to the next (1–366). */
    intervalDays: z.int().min(1).max(366).optional(),
    /** Calendar months from one talk to the next (1–24). */
    intervalMonths: z.int().min(1).max(24).optional(),
  })
  .superRefine((p, ctx) => {
    if ((p.intervalDays === undefined) === (p.intervalMonths === undefined)) {
      ctx.addIssue(
        localizedIssue('one_interval', {
          nb: 'oppgi nøyaktig én av intervalDays og intervalMonths',
          en: 'give exactly one of intervalDays and intervalMonths',
        }),
      );
    }
  });

/**
 * A cadence: 1–24 phases in order; every phase but the last has `months`, the last has none (it runs to
 * the programme end).
 *
 * @example
 * ```ts
 * import { followUpCadenceSchema } from 'integreringsregler';
 * followUpCadenceSchema.safeParse([{ months: 2, intervalDays: 14 }, { intervalMonths: 1 }]).success; // true
 * followUpCadenceSchema.safeParse([{ months: 2, intervalDays: 14 }]).success; // false
 * ```
 */
export const followUpCadenceSchema = /* @__PURE__ */ z
  .array(followUpPhaseSchema)
  .min(1)
  .max(24)
  .superRefine((phases, ctx) => {
    phases.forEach((p, i) => {
      const last = i === phases.length - 1;
      if (last && p.months !== undefined) {
        ctx.addIssue(
          localizedIssue(
            'last_phase_open',
            {
              nb: 'den siste fasen varer til programslutt og skal ikke ha months',
              en: 'the last phase runs to the programme end and must not have months',
            },
            [i, 'months'],
          ),
        );
      }
      if (!last && p.months === undefined) {
        ctx.addIssue(
          localizedIssue(
            'required',
            {
              nb: 'mangler lengde i måneder (bare den siste fasen kan mangle den)',
              en: 'needs a length in months (only the last phase may leave it out)',
            },
            [i, 'months'],
          ),
        );
      }
    });
  });

/** The first day of each phase: the programme start plus the months of the phases before it. @internal */
export function phaseStarts(cadence: FollowUpCadence, start: IsoDate): IsoDate[] {
  const starts = [start];
  let months = 0;
  for (const p of cadence.slice(0, -1)) {
    months += p.months ?? 0;
    starts.push(addMonthsToDate(start, months));
  }
  return starts;
}

/** The phase a date falls in: the last phase starting on or before it. @internal */
export function phaseOf(starts: readonly IsoDate[], date: IsoDate): number {
  let i = 0;
  while (i + 1 < starts.length && (starts[i + 1] as IsoDate) <= date) i++;
  return i;
}

/** The k-th talk after an anchor in a phase (k = 0 is the anchor itself). @internal */
export function talkAfter(phase: FollowUpPhase, anchor: IsoDate, k: number): IsoDate {
  return phase.intervalMonths !== undefined
    ? addMonthsToDate(anchor, k * phase.intervalMonths)
    : addDaysToDate(anchor, k * (phase.intervalDays ?? 1));
}

/**
 * A cadence in words, e.g. `1 mnd.: hver 7. dag; 3 mnd.: hver 14. dag; deretter: hver måned`.
 *
 * @example
 * ```ts
 * import { GRONG_CADENCE, describeCadence } from 'integreringsregler';
 * describeCadence(GRONG_CADENCE).en; // '1 month(s): every 7 days; 3 month(s): every 14 days; then: every month'
 * ```
 */
export function describeCadence(cadence: FollowUpCadence): LocalizedText {
  const part = (p: FollowUpPhase, i: number): LocalizedText => {
    const len =
      p.months === undefined
        ? { nb: i === 0 ? 'hele programmet' : 'deretter', en: i === 0 ? 'whole programme' : 'then' }
        : { nb: `${p.months} mnd.`, en: `${p.months} month(s)` };
    const every =
      p.intervalMonths === 1
        ? { nb: 'hver måned', en: 'every month' }
        : p.intervalMonths !== undefined
          ? { nb: `hver ${p.intervalMonths}. måned`, en: `every ${p.intervalMonths} months` }
          : { nb: `hver ${p.intervalDays ?? 1}. dag`, en: `every ${p.intervalDays ?? 1} days` };
    return { nb: `${len.nb}: ${every.nb}`, en: `${len.en}: ${every.en}` };
  };
  const parts = cadence.map(part);
  return { nb: parts.map((p) => p.nb).join('; '), en: parts.map((p) => p.en).join('; ') };
}
