/**
 * From a planned person to the inputs of the library's own rules: the programme (regime and end date),
 * the stipend projection, the grant schedule and the follow-up cohort. The forecast adds nothing of its
 * own to the law; this file only translates plan facts into rule inputs, by these documented choices:
 * - the settlement date stands in for the permit and arrival dates when the regime is decided (both come
 *   before settlement; only the 2021 cutover and chapter 6A depend on them);
 * - the programme starts `startDelayMonths` after settlement; its end follows `programmeEndDate` with the
 *   plan's leave given as dates of kind `leave`;
 * - leave without stipend is counted in calendar days per month for the stipend (days × the daily rate,
 *   never more than the month);
 * - two adults in a family who both take part and have no children with them are a childless couple
 *   (the 5/6 rule, Integration Act only).
 * @module
 */
import { addMonthsToDate, daysBetween, type IsoDate } from '../core/date.js';
import { lastDayOfMonth, monthOf, monthsFromTo, firstDayOfMonth } from '../core/month.js';
import type { GrantPersonInput } from '../grants/index.js';
import type { ProgrammeEndDateInput } from '../programme/index.js';
import type { ProgrammeRegime } from '../programme/index.js';
import type { StipendBatchRow } from '../stipend/index.js';
import type { ExpandedPerson } from './settlement-plan.js';

/** The permit type the programme regime rule knows, from the plan's permit kind. @internal */
export function regimePermitType(p: ExpandedPerson): 'ordinary' | 'familyReunification' | 'collectiveProtection' {
  if (p.permit === 'collectiveProtection') return 'collectiveProtection';
  if (p.permit === 'familyReunification' || p.permit === 'familyReunificationHumanitarian') return 'familyReunification';
  return 'ordinary';
}

/** The grant-rule facts of a planned person (without the id, so equal facts share one computation). @internal */
export function grantFacts(p: ExpandedPerson): Omit<GrantPersonInput, 'id'> {
  return {
    birthDate: p.birthDate,
    settlementDate: p.settlementDate,
    singleAdult: p.role === 'singleAdult',
    unaccompaniedMinor: p.role === 'unaccompaniedMinor',
    ...(p.permit === 'familyReunification' ? { familyReunificationWith: 'refugee' as const } : {}),
    ...(p.permit === 'familyReunificationHumanitarian' ? { familyReunificationWith: 'humanitarianPermitHolder' as const } : {}),
  };
}

/** The programme start of a participant. @internal */
export function programmeStart(p: ExpandedPerson): IsoDate | undefined {
  return p.programme === undefined ? undefined : addMonthsToDate(p.settlementDate, p.programme.startDelayMonths);
}

/** The programme-end rule input of a participant. @internal */
export function endDateInput(p: ExpandedPerson, regime: ProgrammeRegime): ProgrammeEndDateInput | undefined {
  const start = programmeStart(p);
  if (p.programme === undefined || start === undefined) return undefined;
  return {
    regime,
    startDate: start,
    priorEducation: p.programme.priorEducation,
    endGoal: p.programme.endGoal,
    granted: { months: p.programme.lengthMonths },
    leave: p.programme.leave.map((l) => ({ kind: 'leave' as const, from: l.from, to: l.to })),
  };
}

/** Calendar days of the given ranges that fall in each month. @internal */
export function leaveDaysByMonth(leave: readonly { from: IsoDate; to: IsoDate }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of leave) {
    for (const m of monthsFromTo(monthOf(l.from), monthOf(l.to))) {
      const from = l.from > firstDayOfMonth(m) ? l.from : firstDayOfMonth(m);
      const to = l.to < lastDayOfMonth(m) ? l.to : lastDayOfMonth(m);
      out.set(m, (out.get(m) ?? 0) + daysBetween(from, to) + 1);
    }
  }
  return out;
}

/** What a participant's stipend depends on: the rows of the stipend batch, one per programme month. @internal */
export interface StipendProfile {
  readonly regime: 'introduksjonsloven' | 'integreringsloven';
  readonly birthDate: IsoDate;
  readonly start: IsoDate;
  readonly lastDay: IsoDate;
  readonly livesWithParent: boolean;
  readonly childlessCouple: boolean;
  /** Calendar days of leave without stipend in each month (the stipend rule caps a deduction at the month). */
  readonly leaveDays: Readonly<Record<string, number>>;
}

/** The stipend profile of a participant. @internal */
export function stipendProfile(
  p: ExpandedPerson,
  regime: ProgrammeRegime,
  start: IsoDate,
  lastDay: IsoDate,
  childlessCouple: boolean,
): StipendProfile {
  const stipendRegime = regime === 'introduksjonsloven' ? 'introduksjonsloven' : 'integreringsloven';
  const leave = p.programme === undefined ? new Map<string, number>() : leaveDaysByMonth(p.programme.leave);
  return {
    regime: stipendRegime,
    birthDate: p.birthDate,
    start,
    lastDay,
    livesWithParent: p.programme?.livesWithParent ?? false,
    childlessCouple: stipendRegime === 'integreringsloven' && childlessCouple,
    leaveDays: Object.fromEntries([...leave.entries()].filter(([m]) => m >= monthOf(start) && m <= monthOf(lastDay))),
  };
}

/** The stipend-batch rows of a profile, for the months that pass `keep`. @internal */
export function stipendRows(s: StipendProfile, keep: (month: string) => boolean): StipendBatchRow[] {
  return monthsFromTo(monthOf(s.start), monthOf(s.lastDay))
    .filter(keep)
    .map((month) => {
      const leaveDays = s.leaveDays[month];
      return {
        regime: s.regime,
        month,
        birthDate: s.birthDate,
        programmeStart: s.start,
        programmeEnd: s.lastDay,
        livesWithParent: s.livesWithParent,
        childlessCoupleBothParticipating: s.childlessCouple,
        ...(leaveDays === undefined ? {} : { leaveCalendarDays: leaveDays }),
      };
    });
}

/** Households whose members are exactly two participating adults in a family and no one else. @internal */
export function childlessCoupleHouseholds(persons: readonly ExpandedPerson[]): Set<string> {
  const members = new Map<string, ExpandedPerson[]>();
  for (const p of persons) {
    const list = members.get(p.household);
    if (list === undefined) members.set(p.household, [p]);
    else list.push(p);
  }
  const out = new Set<string>();
  for (const [h, list] of members) {
    if (list.length === 2 && list.every((m) => m.role === 'adultInFamily' && m.programme !== undefined)) out.add(h);
  }
  return out;
}
