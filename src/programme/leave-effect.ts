/**
 * How leave, absence and time off move a programme's end date (Introduction Act § 5: approved leave day
 * for day; Integration Act and chapter 6A: integreringsforskriften §§ 10 and 19, the ten-working-day
 * rule — before 2026 an assumption). Leave given as dates counts its calendar days (both ends included),
 * so a range that spans a month end moves the end date by its days, not by "a month": 15 January–
 * 14 February is 31 days. Leave given as a duration adds its months and days as written.
 * @module
 */
import { addDaysToDate, addMonthsToDate, daysBetween, type IsoDate } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { step, usedValue, type Step } from '../core/explanation.js';
import { valueOn, type DatedValue } from '../core/parameters.js';
import type { ParameterSet } from '../parameters/parameter-set.js';
import type { LeaveRule } from '../parameters/programme-leave-rules.js';
import type { Leave, ProgrammeRegime } from './programme-inputs.js';

/** A Monday, the anchor for counting weekdays. */
const A_MONDAY = '2000-01-03';

/**
 * Working days (Monday–Friday) from `from` to `to`, both included; public holidays are not removed.
 *
 * @example
 * ```ts
 * import { weekdaysBetween } from 'integreringsregler';
 * weekdaysBetween('2024-01-29', '2024-02-04'); // 5
 * weekdaysBetween('2024-02-03', '2024-02-04'); // 0
 * ```
 */
export function weekdaysBetween(from: IsoDate, to: IsoDate): number {
  const days = daysBetween(from, to) + 1;
  if (days <= 0) return 0;
  const start = (((daysBetween(A_MONDAY, from) % 7) + 7) % 7) as number; // 0 = Monday … 6 = Sunday
  const full = Math.floor(days / 7);
  let count = full * 5;
  for (let k = 0; k < days % 7; k++) if ((start + k) % 7 < 5) count++;
  return count;
}

/** What the leave did to the end date. @internal */
export interface LeaveEffect {
  /** Whether the counted leave moved the end date. */
  readonly moved: boolean;
  /** Months and calendar days added to the programme. */
  readonly addedMonths: number;
  readonly addedDays: number;
  /** Working days of counted leave (under a ten-day rule), else undefined. */
  readonly countedWorkingDays: number | undefined;
  /** Indexes of the leave items that moved the end date. */
  readonly movedItems: readonly number[];
  readonly step: Step | undefined;
}

const KIND_TEXT: Record<string, { nb: string; en: string }> = {
  leave: { nb: 'permisjon', en: 'leave' },
  absence: { nb: 'fravær', en: 'absence' },
  timeOff: { nb: 'fri', en: 'time off' },
  dayOffSection17: { nb: 'fri etter § 17 andre ledd', en: 'days off under § 17 second paragraph' },
  holiday: { nb: 'ferie', en: 'holiday' },
};
const kinds = (list: string, locale: 'nb' | 'en'): string => list.split(',').map((k) => KIND_TEXT[k]?.[locale] ?? k).join(', ');

type P = { kinds: string; total: number | undefined; threshold: number; moved: boolean; months: number; days: number };
const message = {
  nb: (p: P) =>
    `${p.threshold > 0 ? `Fravær, fri og permisjon som telles med (${kinds(p.kinds, 'nb')}) utgjør ${p.total ?? 0} virkedager (grense: mer enn ${p.threshold})` : `Innvilget ${kinds(p.kinds, 'nb')} forlenger programmet tilsvarende`}: ${p.moved ? `programmet forlenges med ${p.months} måneder og ${p.days} dager` : 'programmet forlenges ikke'}`,
  en: (p: P) =>
    `${p.threshold > 0 ? `Time away that counts (${kinds(p.kinds, 'en')}) comes to ${p.total ?? 0} working days (limit: more than ${p.threshold})` : `Approved ${kinds(p.kinds, 'en')} extends the programme by as much`}: ${p.moved ? `the programme is extended by ${p.months} months and ${p.days} days` : 'the programme is not extended'}`,
};

/** The leave rule that applies to a regime, looked up on the start date. @internal */
export function leaveRuleFor(parameters: ParameterSet, regime: ProgrammeRegime, startDate: IsoDate): { rule: DatedValue<LeaveRule>; id: 'introductionActLeaveRule' | 'integrationActLeaveRule' } {
  const id = regime === 'introduksjonsloven' ? 'introductionActLeaveRule' : 'integrationActLeaveRule';
  return { rule: valueOn(parameters[id], startDate), id };
}

/** Validates leave against the start date and works out its effect. @internal */
export function leaveEffect(parameters: ParameterSet, regime: ProgrammeRegime, startDate: IsoDate, leave: readonly Leave[], explain: boolean): LeaveEffect {
  const ranges: { idx: number; from: IsoDate; to: IsoDate }[] = [];
  leave.forEach((l, idx) => {
    if (!('from' in l)) return;
    if (l.from < startDate) {
      throw inputError('before_start', ['leave', idx, 'from'], { nb: `er før programmet starter (${startDate})`, en: `is before the programme starts (${startDate})` });
    }
    ranges.push({ idx, from: l.from, to: l.to });
  });
  ranges.sort((a, b) => (a.from < b.from ? -1 : 1));
  for (let k = 1; k < ranges.length; k++) {
    const prev = ranges[k - 1];
    const cur = ranges[k];
    if (prev !== undefined && cur !== undefined && cur.from <= prev.to) {
      throw inputError('overlapping_leave', ['leave', cur.idx], { nb: `overlapper en annen periode (${prev.from}–${prev.to})`, en: `overlaps another period (${prev.from}–${prev.to})` });
    }
  }
  const { rule, id } = leaveRuleFor(parameters, regime, startDate);
  const counted = leave.map((l, idx) => ({ l, idx })).filter(({ l }) => rule.value.countedKinds.includes(l.kind));
  let total: number | undefined;
  if (rule.value.thresholdWorkingDays > 0) {
    total = 0;
    for (const { l, idx } of counted) {
      if ('from' in l) total += weekdaysBetween(l.from, l.to);
      else if (l.workingDays !== undefined) total += l.workingDays;
      else {
        throw inputError('required', ['leave', idx, 'workingDays'], {
          nb: `mangler: ti-virkedagersregelen (${rule.reference.title.nb}) trenger antall virkedager i permisjonen; oppgi dem eller oppgi permisjonen med datoer`,
          en: `is required: the ten-working-day rule (${rule.reference.title.en}) needs the working days in the leave; give them, or give the leave as dates`,
        });
      }
    }
  }
  const moved = counted.length > 0 && (total === undefined || total > rule.value.thresholdWorkingDays);
  let addedMonths = 0;
  let addedDays = 0;
  if (moved) {
    for (const { l } of counted) {
      if ('from' in l) addedDays += daysBetween(l.from, l.to) + 1;
      else {
        addedMonths += l.months;
        addedDays += l.days;
      }
    }
  }
  const s =
    explain && leave.length > 0
      ? step({
          rule: 'programme.leave',
          message,
          params: { kinds: rule.value.countedKinds.join(','), total, threshold: rule.value.thresholdWorkingDays, moved, months: addedMonths, days: addedDays },
          reference: rule.reference,
          basis: rule.basis,
          used: [usedValue(parameters[id], rule, (v) => `${v.countedKinds.join(', ')}; > ${v.thresholdWorkingDays}`)],
        })
      : undefined;
  return { moved, addedMonths, addedDays, countedWorkingDays: total, movedItems: moved ? counted.map((c) => c.idx) : [], step: s };
}

/** Calendar days of range leave that moved the end date and fall on or before `date`. @internal */
export function movedRangeDaysUpTo(leave: readonly Leave[], effect: LeaveEffect, date: IsoDate): number {
  let days = 0;
  for (const idx of effect.movedItems) {
    const l = leave[idx];
    if (l === undefined || !('from' in l) || l.from > date) continue;
    const to = l.to < date ? l.to : date;
    days += daysBetween(l.from, to) + 1;
  }
  return days;
}

/** The first day after a period of months and days that starts on `start`. @internal */
export function afterPeriod(start: IsoDate, months: number, days: number): IsoDate {
  return addDaysToDate(addMonthsToDate(start, months), days);
}
