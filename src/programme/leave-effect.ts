/**
 * How leave, absence and time off move a programme's end date (Introduction Act § 5: approved leave day
 * for day; Integration Act and chapter 6A: integreringsforskriften § 10 for absence and § 19 for time off
 * and leave, two separate totals — from 2026 each is added only when it is more than ten working days).
 *
 * - The wording that applies to a day of time away is the one in force on that day (a period over New
 *   Year 2026 is split by day), not the one in force when the programme started.
 * - Working days (virkedager) in a total are the days that are not Sundays or public holidays (the
 *   caseload domain's holiday calendar), Saturdays included unless `leaveWorkingDayRule` says otherwise.
 * - What is added: the calendar days of leave given as dates (so a range over a month end moves the end
 *   date by its days, not by "a month": 15 January–14 February is 31 days), and the months and calendar
 *   days of leave given as a count.
 * @module
 */
import { addDaysToDate, addMonthsToDate, daysBetween, type IsoDate } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { step, usedValue, type Step, type UsedValue } from '../core/explanation.js';
import { cite, weakestBasis, type Basis, type LegalReference } from '../core/legal-reference.js';
import { valueOn, type DatedValue, type Parameter } from '../core/parameters.js';
import { isPublicHoliday } from '../caseload/index.js';
import type { ProgrammeSlices } from './options.js';
import type { LeaveAdditionReading, LeaveKind, LeaveRule, LeaveTotal, VirkedagRule } from './tables/leave-rules.js';
import type { Leave, LeaveCount, ProgrammeRegime } from './inputs.js';

/** A Monday, the anchor for counting weekdays. */
const A_MONDAY = '2000-01-03';

/** Day of the week, 0 = Monday … 6 = Sunday. */
const weekday = (date: IsoDate): number => ((daysBetween(A_MONDAY, date) % 7) + 7) % 7;

/**
 * Weekdays (Monday–Friday) from `from` to `to`, both included; public holidays are not removed. This is
 * the programme-time count {@link absenceShare} uses; the ten-working-day totals of
 * integreringsforskriften §§ 10 and 19 count working days (virkedager) differently (see
 * `leaveWorkingDayRule`).
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
  const start = weekday(from);
  const full = Math.floor(days / 7);
  let count = full * 5;
  for (let k = 0; k < days % 7; k++) if ((start + k) % 7 < 5) count++;
  return count;
}

/** A working day in the ten-day totals: not a Sunday, not a public holiday, and a Saturday only if the rule says so. */
function isVirkedag(date: IsoDate, rule: VirkedagRule): boolean {
  const d = weekday(date);
  if (d === 6 || (d === 5 && !rule.saturdays)) return false;
  return !isPublicHoliday(date);
}

/** One total of the rule in one wording: what it counted and what it added. */
export interface LeaveTotalResult {
  /** The section that sets the total (`§ 5`, `§ 10`, `§ 19`). */
  readonly section: string;
  /** The first day of the wording the total was counted under. */
  readonly ruleFrom: IsoDate;
  /** The kinds counted together. */
  readonly kinds: readonly LeaveKind[];
  /** Added only when the total is more than this (0: every day, day for day). */
  readonly thresholdWorkingDays: number;
  /** Working days (virkedager) counted, where the total has a threshold. */
  readonly workingDays?: number;
  /** Whether the total moved the end date. */
  readonly added: boolean;
  /** What was added once the threshold was passed, where it has one. */
  readonly reading?: LeaveAdditionReading;
  /** Months and calendar days this total added. */
  readonly addedMonths: number;
  readonly addedDays: number;
}

/** What the leave did to the end date. @internal */
export interface LeaveEffect {
  /** Whether any of the leave moved the end date. */
  readonly moved: boolean;
  /** Months and calendar days added to the programme. */
  readonly addedMonths: number;
  readonly addedDays: number;
  /** Each total, in the order of its wording and section. */
  readonly totals: readonly LeaveTotalResult[];
  /** The dated days that moved the end date, as ranges in date order. */
  readonly movedRanges: readonly { readonly from: IsoDate; readonly to: IsoDate }[];
  readonly steps: readonly Step[];
}

const KIND_TEXT: Record<string, { nb: string; en: string }> = {
  leave: { nb: 'permisjon', en: 'leave' },
  absence: { nb: 'fravær', en: 'absence' },
  timeOff: { nb: 'fri', en: 'time off' },
  dayOffSection17: { nb: 'fri etter § 17 andre ledd', en: 'days off under § 17 second paragraph' },
  holiday: { nb: 'ferie', en: 'holiday' },
};
const KIND_ORDER: readonly LeaveKind[] = ['absence', 'timeOff', 'leave', 'dayOffSection17', 'holiday'];
const kinds = (list: readonly string[], locale: 'nb' | 'en'): string => {
  const names = list.map((k) => KIND_TEXT[k]?.[locale] ?? k);
  const and = locale === 'nb' ? ' og ' : ' and ';
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1] ?? ''}`;
};

type P = {
  section: string;
  ruleFrom: string;
  kinds: readonly string[];
  threshold: number;
  calendarDays: number;
  total: number | undefined;
  saturdays: boolean;
  added: boolean;
  reading: LeaveAdditionReading | undefined;
  months: number;
  days: number;
};
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const extended = {
  nb: (p: P) => (p.added ? `programmet forlenges med ${p.months} måneder og ${p.days} dager` : 'programmet forlenges ikke'),
  en: (p: P) => (p.added ? `the programme is extended by ${p.months} months and ${p.days} days` : 'the programme is not extended'),
};
const reading = {
  nb: (p: P) =>
    p.reading === 'daysBeyondThreshold'
      ? `bibliotekets lesning av «kommer i tillegg»: bare dagene etter den ${p.threshold}. virkedagen legges til`
      : 'bibliotekets lesning av «kommer i tillegg»: alle dagene legges til',
  en: (p: P) =>
    p.reading === 'daysBeyondThreshold'
      ? `the library's reading of "kommer i tillegg": only the days after the ${p.threshold}th working day are added`
      : `the library's reading of "kommer i tillegg": all the days are added`,
};
const message = {
  nb: (p: P) =>
    p.threshold === 0
      ? `${p.section} (tekst fra ${p.ruleFrom}): ${kinds(p.kinds, 'nb')} legges til programmets varighet dag for dag: ${extended.nb(p)}`
      : `${p.section} (tekst fra ${p.ruleFrom}): summen av ${kinds(p.kinds, 'nb')} er ${plural(p.total ?? 0, 'virkedag', 'virkedager')} (${plural(p.calendarDays, 'kalenderdag', 'kalenderdager')} med datoer; søndager${p.saturdays ? '' : ', lørdager'} og helligdager telles ikke); grensen er mer enn ${p.threshold}: ${
          p.added ? `${reading.nb(p)}, ${extended.nb(p)}` : extended.nb(p)
        }`,
  en: (p: P) =>
    p.threshold === 0
      ? `${p.section} (text from ${p.ruleFrom}): ${kinds(p.kinds, 'en')} ${p.kinds.length > 1 ? 'are' : 'is'} added to the programme's duration day for day: ${extended.en(p)}`
      : `${p.section} (text from ${p.ruleFrom}): the total of ${kinds(p.kinds, 'en')} is ${plural(p.total ?? 0, 'working day', 'working days')} (${plural(p.calendarDays, 'calendar day', 'calendar days')} given as dates; Sundays${p.saturdays ? '' : ', Saturdays'} and public holidays do not count); the limit is more than ${p.threshold}: ${
          p.added ? `${reading.en(p)}, ${extended.en(p)}` : extended.en(p)
        }`,
};
type U = { kinds: readonly string[]; ruleFrom: string };
const notCounted = {
  nb: (p: U) => `${capital(kinds(p.kinds, 'nb'))} legges ikke til programmets varighet (tekst fra ${p.ruleFrom})`,
  en: (p: U) =>
    `${capital(kinds(p.kinds, 'en'))} ${p.kinds.length > 1 ? 'are' : 'is'} not added to the programme's duration (text from ${p.ruleFrom})`,
};
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

type RuleId = 'introductionActLeaveRule' | 'integrationActLeaveRule';
/** The leave rule parameter of a regime. @internal */
export function leaveRuleParameter(parameters: ProgrammeSlices, regime: ProgrammeRegime): { parameter: Parameter<LeaveRule>; id: RuleId } {
  const id: RuleId = regime === 'introduksjonsloven' ? 'introductionActLeaveRule' : 'integrationActLeaveRule';
  return { parameter: parameters.programme[id], id };
}

interface Group {
  readonly version: DatedValue<LeaveRule>;
  readonly total: LeaveTotal;
  readonly days: { date: IsoDate; idx: number }[];
  readonly counts: { idx: number; l: LeaveCount }[];
}

/** Ranges of consecutive dates, from sorted dates. */
function toRanges(dates: readonly IsoDate[]): { from: IsoDate; to: IsoDate }[] {
  const out: { from: IsoDate; to: IsoDate }[] = [];
  for (const d of dates) {
    const last = out[out.length - 1];
    if (last !== undefined && addDaysToDate(last.to, 1) === d) last.to = d;
    else out.push({ from: d, to: d });
  }
  return out;
}

/**
 * Validates leave against the programme and works out its effect. `plannedLastDay` is the last day before
 * leave: a count without a `firstDay` is accepted only when one wording of the rule covers the programme
 * from its start to that day. @internal
 */
export function leaveEffect(
  parameters: ProgrammeSlices,
  regime: ProgrammeRegime,
  startDate: IsoDate,
  plannedLastDay: IsoDate,
  leave: readonly Leave[],
  explain: boolean,
): LeaveEffect {
  const ranges: { idx: number; from: IsoDate; to: IsoDate }[] = [];
  leave.forEach((l, idx) => {
    if ('from' in l) {
      if (l.from < startDate)
        throw inputError('before_start', ['leave', idx, 'from'], {
          nb: `er før programmet starter (${startDate})`,
          en: `is before the programme starts (${startDate})`,
        });
      ranges.push({ idx, from: l.from, to: l.to });
    } else if (l.firstDay !== undefined && l.firstDay < startDate) {
      throw inputError('before_start', ['leave', idx, 'firstDay'], {
        nb: `er før programmet starter (${startDate})`,
        en: `is before the programme starts (${startDate})`,
      });
    }
  });
  ranges.sort((a, b) => (a.from < b.from ? -1 : 1));
  for (let k = 1; k < ranges.length; k++) {
    const prev = ranges[k - 1];
    const cur = ranges[k];
    if (prev !== undefined && cur !== undefined && cur.from <= prev.to) {
      throw inputError('overlapping_leave', ['leave', cur.idx], {
        nb: `overlapper en annen periode (${prev.from}–${prev.to})`,
        en: `overlaps another period (${prev.from}–${prev.to})`,
      });
    }
  }

  const { parameter } = leaveRuleParameter(parameters, regime);
  const versions = new Map<IsoDate, DatedValue<LeaveRule>>();
  const groups = new Map<string, Group>();
  const uncounted = new Map<IsoDate, Set<LeaveKind>>();
  const groupOf = (version: DatedValue<LeaveRule>, kind: LeaveKind): Group | undefined => {
    versions.set(version.from, version);
    const t = version.value.totals.findIndex((x) => x.kinds.includes(kind));
    const total = version.value.totals[t];
    if (total === undefined) {
      let set = uncounted.get(version.from);
      if (set === undefined) uncounted.set(version.from, (set = new Set()));
      set.add(kind);
      return undefined;
    }
    const key = `${version.from}|${t}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { version, total, days: [], counts: [] }));
    return g;
  };

  // Dated leave: every calendar day goes to the total of the wording in force on that day.
  for (const r of ranges) {
    const l = leave[r.idx] as Leave;
    for (let d = r.from; d <= r.to; d = addDaysToDate(d, 1)) groupOf(valueOn(parameter, d), l.kind)?.days.push({ date: d, idx: r.idx });
  }
  // Counted leave: the wording in force on its first day, or the one wording of the whole programme.
  leave.forEach((l, idx) => {
    if ('from' in l) return;
    let version: DatedValue<LeaveRule>;
    if (l.firstDay !== undefined) version = valueOn(parameter, l.firstDay);
    else {
      const first = valueOn(parameter, startDate);
      const last = valueOn(parameter, plannedLastDay);
      const counts = (v: DatedValue<LeaveRule>) => v.value.totals.some((t) => t.kinds.includes(l.kind));
      if (first.from !== last.from && (counts(first) || counts(last))) {
        throw inputError('required', ['leave', idx, 'firstDay'], {
          nb: `mangler: programmet (${startDate}–${plannedLastDay}) går over en endring i ${cite(last.reference, 'nb')} fra ${last.from}; oppgi dagen fraværet eller permisjonen begynte (firstDay), eller oppgi den med datoer`,
          en: `is required: the programme (${startDate}–${plannedLastDay}) spans a change in ${cite(last.reference, 'en')} on ${last.from}; give the day the absence or leave began (firstDay), or give it as dates`,
        });
      }
      version = first;
    }
    groupOf(version, l.kind)?.counts.push({ idx, l });
  });

  const totals: LeaveTotalResult[] = [];
  const steps: Step[] = [];
  const movedDates: IsoDate[] = [];
  let addedMonths = 0;
  let addedDays = 0;
  const ordered = [...versions.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
  for (const version of ordered) {
    version.value.totals.forEach((total, t) => {
      const g = groups.get(`${version.from}|${t}`) ?? { version, total, days: [], counts: [] };
      const sectionRef: LegalReference = { ...version.reference, section: total.section };
      const threshold = total.thresholdWorkingDays;
      const used: UsedValue[] = [
        usedValue(parameter, version, (v) =>
          v.totals.map((x) => `${x.section} ${x.kinds.join(', ')} > ${x.thresholdWorkingDays}`).join('; '),
        ),
      ];
      const bases: Basis[] = [version.basis];
      let workingDays: number | undefined;
      let exceeded: boolean;
      let reading: LeaveAdditionReading | undefined;
      let saturdays = true;
      const virkedager = new Set<IsoDate>();
      if (threshold > 0) {
        const rules = new Map<IsoDate, DatedValue<VirkedagRule>>();
        for (const { date } of g.days) {
          const rule = valueOn(parameters.programme.leaveWorkingDayRule, date);
          rules.set(rule.from, rule);
          if (isVirkedag(date, rule.value)) virkedager.add(date);
        }
        for (const rule of rules.values()) {
          used.push(
            usedValue(parameters.programme.leaveWorkingDayRule, rule, (v) =>
              v.saturdays ? 'mandag–lørdag / Monday–Saturday' : 'mandag–fredag / Monday–Friday',
            ),
          );
          bases.push(rule.basis);
          saturdays = rule.value.saturdays;
        }
        workingDays = virkedager.size;
        for (const { idx, l } of g.counts) {
          if (l.workingDays === undefined) {
            throw inputError('required', ['leave', idx, 'workingDays'], {
              nb: `mangler: ${cite(sectionRef, 'nb')} legger til ${kinds(total.kinds, 'nb')} bare når summen er over ${threshold} virkedager; oppgi virkedagene (workingDays), eller oppgi perioden med datoer`,
              en: `is required: ${cite(sectionRef, 'en')} adds ${kinds(total.kinds, 'en')} only when the total is more than ${threshold} working days; give the working days (workingDays), or give the period as dates`,
            });
          }
          workingDays += l.workingDays;
        }
        exceeded = workingDays > threshold;
        if (exceeded) {
          const r = valueOn(parameters.programme.leaveAdditionReading, version.from);
          reading = r.value;
          used.push(usedValue(parameters.programme.leaveAdditionReading, r));
          bases.push(r.basis);
        }
      } else {
        exceeded = g.days.length + g.counts.length > 0;
      }
      let months = 0;
      let days = 0;
      if (exceeded) {
        if (reading === 'daysBeyondThreshold') {
          const first = g.counts[0];
          if (first !== undefined) {
            throw inputError('dates_required', ['leave', first.idx], {
              nb: `oppgi perioden med datoer (from, to): når bare dagene ut over ${threshold} virkedager legges til (${cite(sectionRef, 'nb')}), må biblioteket vite hvilke dager det er`,
              en: `give the period as dates (from, to): when only the days beyond ${threshold} working days are added (${cite(sectionRef, 'en')}), the library needs to know which days they are`,
            });
          }
          let before = 0;
          for (const { date } of [...g.days].sort((a, b) => (a.date < b.date ? -1 : 1))) {
            if (before >= threshold) {
              days += 1;
              movedDates.push(date);
            }
            if (virkedager.has(date)) before += 1;
          }
        } else {
          days += g.days.length;
          for (const { date } of g.days) movedDates.push(date);
          for (const { idx, l } of g.counts) {
            if (l.months === undefined && l.calendarDays === undefined) {
              throw inputError('required', ['leave', idx, 'calendarDays'], {
                nb: `mangler: ${cite(sectionRef, 'nb')} legger ${kinds(total.kinds, 'nb')} til programmets varighet; oppgi lengden som legges til (months, calendarDays), eller oppgi perioden med datoer`,
                en: `is required: ${cite(sectionRef, 'en')} adds ${kinds(total.kinds, 'en')} to the programme's duration; give the length that is added (months, calendarDays), or give the period as dates`,
              });
            }
            months += l.months ?? 0;
            days += l.calendarDays ?? 0;
          }
        }
      }
      const added = months + days > 0;
      addedMonths += months;
      addedDays += days;
      totals.push({
        section: total.section,
        ruleFrom: version.from,
        kinds: total.kinds,
        thresholdWorkingDays: threshold,
        ...(workingDays === undefined ? {} : { workingDays }),
        added,
        ...(reading === undefined ? {} : { reading }),
        addedMonths: months,
        addedDays: days,
      });
      if (explain && g.days.length + g.counts.length > 0) {
        const params: P = {
          section: total.section,
          ruleFrom: version.from,
          kinds: total.kinds,
          threshold,
          calendarDays: g.days.length,
          total: workingDays,
          saturdays,
          added,
          reading,
          months,
          days,
        };
        steps.push(step({ rule: 'programme.leave', message, params, reference: sectionRef, basis: weakestBasis(...bases), used }));
      }
    });
    const other = uncounted.get(version.from);
    if (explain && other !== undefined) {
      const list = KIND_ORDER.filter((k) => other.has(k));
      steps.push(
        step({
          rule: 'programme.leave',
          message: notCounted,
          params: { kinds: list, ruleFrom: version.from },
          reference: version.reference,
          basis: version.basis,
          used: [],
        }),
      );
    }
  }
  movedDates.sort();
  return {
    moved: addedMonths + addedDays > 0,
    addedMonths,
    addedDays,
    totals,
    movedRanges: toRanges(movedDates),
    steps: leave.length > 0 ? steps : [],
  };
}

/** Calendar days of dated leave that moved the end date and fall on or before `date`. @internal */
export function movedRangeDaysUpTo(effect: LeaveEffect, date: IsoDate): number {
  let days = 0;
  for (const r of effect.movedRanges) {
    if (r.from > date) continue;
    const to = r.to < date ? r.to : date;
    days += daysBetween(r.from, to) + 1;
  }
  return days;
}

/** The first day after a period of months and days that starts on `start`. @internal */
export function afterPeriod(start: IsoDate, months: number, days: number): IsoDate {
  return addDaysToDate(addMonthsToDate(start, months), days);
}
