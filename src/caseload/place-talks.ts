/**
 * The scheduling algorithm behind `followUpSchedule`, on input already checked.
 *
 * 1. Planned dates: the first talk is on the programme start. From a talk, the next is planned one
 *    interval of **that talk's** phase later; the first talk that falls in a new phase becomes that
 *    phase's anchor, and the phase's talks are anchor + k × interval (month intervals use the library's
 *    month-end rule from the anchor, so 31 January + 1 month is 29 February and + 2 months 31 March —
 *    no drift). Planned dates after the programme end are not planned.
 * 2. Shift: a talk planned on a Saturday, Sunday or public holiday moves to the next working day; if that
 *    lies after the programme end, to the last working day before the planned date instead.
 * 3. A talk is skipped (and listed as skipped) if it would fall before the programme start or on or before
 *    the previous talk (`no_working_day`), or inside a leave period (`leave`): talks are not moved out of
 *    a leave, and the cadence keeps running through it.
 * @module
 */
import { daysBetween, type IsoDate } from '../core/date.js';
import type { FollowUpCadence, FollowUpPhase } from './tables/follow-up-cadence.js';
import { phaseOf, phaseStarts, talkAfter } from './cadence.js';
import { isWorkingDayUnchecked, nextWorkingDayFrom, previousWorkingDayFrom } from './working-days.js';

/** A planned follow-up talk. */
export interface FollowUpTalk {
  /** The day the talk is held (a working day inside the programme). */
  readonly date: IsoDate;
  /** The day the cadence put it on. */
  readonly planned: IsoDate;
  /** date − planned in days: positive when moved forward, negative when moved back at the programme end. */
  readonly shiftDays: number;
  /** Index of the cadence phase the planned date falls in (0 = the first). */
  readonly phase: number;
}

/** A talk the cadence planned that is not held. */
export interface SkippedTalk {
  readonly planned: IsoDate;
  readonly phase: number;
  readonly reason: 'leave' | 'no_working_day';
}

/** A closed date range (both days included). */
export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** Places the talks of one programme. @internal */
export function placeTalks(
  cadence: FollowUpCadence,
  start: IsoDate,
  end: IsoDate,
  leave: readonly DateRange[],
): { talks: FollowUpTalk[]; skipped: SkippedTalk[] } {
  const starts = phaseStarts(cadence, start);
  const talks: FollowUpTalk[] = [];
  const skipped: SkippedTalk[] = [];
  let phase = 0;
  let anchor = start;
  let k = 0;
  for (let planned = start; planned <= end;) {
    let date = isWorkingDayUnchecked(planned) ? planned : nextWorkingDayFrom(planned);
    if (date > end) date = previousWorkingDayFrom(planned);
    const previous = talks[talks.length - 1]?.date;
    if (date < start || (previous !== undefined && date <= previous)) skipped.push({ planned, phase, reason: 'no_working_day' });
    else if (leave.some((l) => l.from <= date && date <= l.to)) skipped.push({ planned, phase, reason: 'leave' });
    else talks.push({ date, planned, shiftDays: daysBetween(planned, date), phase });
    const next = talkAfter(cadence[phase] as FollowUpPhase, anchor, k + 1);
    const nextPhase = phaseOf(starts, next);
    if (nextPhase !== phase) {
      phase = nextPhase;
      anchor = next;
      k = 0;
    } else k += 1;
    planned = next;
  }
  return { talks, skipped };
}
