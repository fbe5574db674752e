/**
 * Which months a participant is active in: a month counts when the programme covers at least one day of
 * it that is not inside a leave period (a participant who starts on the 31st counts for that month — the
 * adviser's work starts that day). Counting per month is therefore a "peak within the month" figure.
 * @module
 */
import { addDaysToDate, type IsoDate } from '../core/date.js';
import { firstDayOfMonth, lastDayOfMonth, type IsoMonth } from '../core/month.js';
import type { DateRange } from './place-talks.js';

/** True if some day from `a` to `b` (both included) lies outside every leave period. @internal */
export function hasDayOutside(a: IsoDate, b: IsoDate, leave: readonly DateRange[]): boolean {
  const sorted = [...leave].sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
  let cursor = a;
  for (const l of sorted) {
    if (l.to < cursor) continue;
    if (l.from > cursor) return true;
    if (l.to >= b) return false;
    cursor = addDaysToDate(l.to, 1);
  }
  return cursor <= b;
}

/** True if the participant is active on at least one day of the month. @internal */
export function activeInMonth(month: IsoMonth, start: IsoDate, end: IsoDate, leave: readonly DateRange[]): boolean {
  const first = firstDayOfMonth(month);
  const last = lastDayOfMonth(month);
  const a = start > first ? start : first;
  const b = end < last ? end : last;
  return a <= b && hasDayOutside(a, b, leave);
}
