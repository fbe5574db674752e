/**
 * Where a programme stands on a date — not started, active, on leave, stopped or ended — and the
 * programme days used against the days granted, so a system can warn before the maximum is reached.
 *
 * Days are calendar days. Days granted: from the start date through the last day of granted length plus
 * extension. Days used: from the start date through the date (or the last day, if earlier), less the
 * days of leave given as dates that moved the end date. Leave given as a duration has no place in time
 * and is not subtracted: give leave as dates for an exact count.
 *
 * Legal source: the programme's length and the leave that moves its end (introduksjonsloven § 5;
 * integreringsloven §§ 13–14 and integreringsforskriften §§ 10 and 19), through `programmeEndDate`.
 * @module
 */
import * as z from 'zod';
import { daysBetween, isoDateSchema, type IsoDate } from '../core/date.js';
import { EMPTY_EXPLANATION, step, type Explained } from '../core/explanation.js';
import { parseInput } from '../core/validate.js';
import type { RuleOptions } from '../rule-options.js';
import { resolveProgrammeOptions } from './options.js';
import { movedRangeDaysUpTo } from './leave-effect.js';
import { computeSchedule, programmeScheduleSchema } from './schedule.js';

/** Input to {@link programmeStatus}: the schedule and the date asked about. */
export const programmeStatusInputSchema = /* @__PURE__ */ programmeScheduleSchema.extend({ date: isoDateSchema });
/** Input to {@link programmeStatus}, as callers write it. */
export type ProgrammeStatusInput = z.input<typeof programmeStatusInputSchema>;

/** The state on the date. */
export type ProgrammeState = 'notStarted' | 'active' | 'onLeave' | 'stopped' | 'ended';

/** The result of {@link programmeStatus}. */
export interface ProgrammeStatusResult {
  readonly state: ProgrammeState;
  readonly lastDay: IsoDate;
  readonly daysGranted: number;
  readonly daysUsed: number;
  readonly daysRemaining: number;
}

const LEAVE_KINDS = /* @__PURE__ */ new Set(['leave', 'timeOff', 'dayOffSection17', 'holiday']);
const STATE_TEXT: Record<ProgrammeState, { nb: string; en: string }> = {
  notStarted: { nb: 'ikke startet', en: 'not started' },
  active: { nb: 'i gang', en: 'active' },
  onLeave: { nb: 'i permisjon eller fri', en: 'on leave or time off' },
  stopped: { nb: 'varig stanset', en: 'permanently stopped' },
  ended: { nb: 'avsluttet', en: 'ended' },
};
type P = { date: string; state: ProgrammeState; used: number; granted: number; last: string };
const message = {
  nb: (p: P) => `${p.date}: ${STATE_TEXT[p.state].nb}; ${p.used} av ${p.granted} innvilgede programdager brukt (siste dag ${p.last})`,
  en: (p: P) => `${p.date}: ${STATE_TEXT[p.state].en}; ${p.used} of ${p.granted} granted programme days used (last day ${p.last})`,
};

/**
 * The programme's state on a date, with days used and remaining.
 * @throws InputError as {@link programmeEndDate} does.
 *
 * @example
 * ```ts
 * import { programmeStatus } from 'integreringsregler';
 * const s = { regime: 'introduksjonsloven', startDate: '2020-03-01', granted: { months: 24 } } as const;
 * // 2020-03-01 … 2022-02-28 is 730 days; 2020-03-01 … 2020-03-31 is 31 days.
 * programmeStatus({ ...s, date: '2020-03-31' }).value; // { state: 'active', lastDay: '2022-02-28', daysGranted: 730, daysUsed: 31, daysRemaining: 699 }
 * programmeStatus({ ...s, date: '2022-03-01' }).value.state; // 'ended'
 * ```
 */
export function programmeStatus(input: ProgrammeStatusInput, options?: RuleOptions): Explained<ProgrammeStatusResult> {
  const { date, ...schedule } = parseInput(programmeStatusInputSchema, input);
  const resolved = resolveProgrammeOptions(options);
  const c = computeSchedule(schedule, resolved);
  const daysGranted = daysBetween(schedule.startDate, c.plannedLastDay) + 1;
  let state: ProgrammeState;
  if (date < schedule.startDate) state = 'notStarted';
  else if (c.stopped && date > c.lastDay) state = 'stopped';
  else if (date > c.lastDay) state = 'ended';
  else if (schedule.leave.some((l) => 'from' in l && LEAVE_KINDS.has(l.kind) && l.from <= date && date <= l.to)) state = 'onLeave';
  else state = 'active';
  let daysUsed = 0;
  if (date >= schedule.startDate) {
    const upTo = date < c.lastDay ? date : c.lastDay;
    daysUsed = Math.min(daysGranted, daysBetween(schedule.startDate, upTo) + 1 - movedRangeDaysUpTo(c.leave, upTo));
  }
  const value: ProgrammeStatusResult = { state, lastDay: c.lastDay, daysGranted, daysUsed, daysRemaining: daysGranted - daysUsed };
  if (!resolved.explain) return { value, explanation: EMPTY_EXPLANATION };
  const last = step({ rule: 'programme.status', message, params: { date, state, used: daysUsed, granted: daysGranted, last: c.lastDay } });
  return { value, explanation: { steps: [...c.steps, last] } };
}
