/**
 * Which fraction of the full stipend applies in a month: full, under 25 (2/3), under 25 living with a
 * parent (1/3, Integration Act § 20 only), times 5/6 for a childless couple both in the programme
 * (Integration Act § 20 fourth paragraph, from its in-force date).
 *
 * When the 25th birthday or a move into or out of a parent's home falls in the month:
 * - on the **first day** of the month, the participant is in the new situation on every day of it — 25 on
 *   each day (the birthday itself counts, as `ageOn` counts it), or living in the new home from the 1st —
 *   so the month has the new fraction, whatever the timing: someone who is 25 all month is not "under 25"
 *   in it (Introduction Act § 8 third paragraph, Integration Act § 20);
 * - on a **later day**, the month holds both situations and the Acts do not say which one the month is paid
 *   by: the `stipendFractionChange` parameter decides (assumption: `monthAfter`, the situation on the first
 *   day of the month pays the month, so the new fraction comes from the month after), unless the caller
 *   says otherwise.
 * @module
 */
import { dateParts, formatIsoDate, type IsoDate } from '../core/date.js';
import { monthOf, type IsoMonth } from '../core/month.js';
import type { FractionChangeTiming } from './tables/fraction-change.js';

/** Which age/household fraction applies. */
export type AgeFractionKind = 'full' | 'under25' | 'under25WithParent';

/** How a change on `date` stands in `month`: before it, after it, on its 1st (`wholeMonth`) or later in it. */
export type ChangeInMonth = 'before' | 'after' | 'wholeMonth' | 'withinMonth';

function changeIn(date: IsoDate, month: IsoMonth): ChangeInMonth {
  const m = monthOf(date);
  if (m < month) return 'before';
  if (m > month) return 'after';
  return date.endsWith('-01') ? 'wholeMonth' : 'withinMonth';
}

/** True when the change has taken effect in the month: it came before it, on its first day, or (same-month timing) within it. */
function inEffect(change: ChangeInMonth, timing: FractionChangeTiming): boolean {
  return change === 'before' || change === 'wholeMonth' || (change === 'withinMonth' && timing === 'sameMonth');
}

/** The date of the birthday at which the person turns `age` (29 February → 1 March in common years, as `ageOn`). */
function birthdayAt(birthDate: IsoDate, age: number): IsoDate {
  const b = dateParts(birthDate);
  const year = b.year + age;
  if (b.month === 2 && b.day === 29 && !isLeap(year)) return formatIsoDate({ year, month: 3, day: 1 });
  return formatIsoDate({ year, month: b.month, day: b.day });
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The person's situation for the month, after the effective-month rule. @internal */
export interface AgeFractionStatus {
  readonly kind: AgeFractionKind;
  readonly under25: boolean;
  readonly withParent: boolean;
  readonly birthday: IsoDate;
  /**
   * True when the timing decided the month: the birthday (under the age limit) or the move (where the
   * living-with-parent rule counts) fell on the 2nd or later of this month, so the month held both
   * situations.
   */
  readonly timingDecided: boolean;
  /** Where the 25th birthday falls relative to the month. */
  readonly ageChange: ChangeInMonth;
  /** Where the move falls relative to the month, if one was given. */
  readonly householdChange: ChangeInMonth | undefined;
}

/** The person's situation for the month, after the effective-month rule. @internal */
export function ageFractionKind(p: {
  birthDate: IsoDate;
  month: IsoMonth;
  ageLimit: number;
  livesWithParent: boolean;
  householdChangedOn: IsoDate | undefined;
  withParentRuleExists: boolean;
  ageTiming: FractionChangeTiming;
  householdTiming: FractionChangeTiming;
}): AgeFractionStatus {
  const birthday = birthdayAt(p.birthDate, p.ageLimit);
  const ageChange = changeIn(birthday, p.month);
  const under25 = !inEffect(ageChange, p.ageTiming);
  let withParent = p.livesWithParent;
  const householdChange = p.householdChangedOn === undefined ? undefined : changeIn(p.householdChangedOn, p.month);
  if (householdChange !== undefined && !inEffect(householdChange, p.householdTiming)) withParent = !withParent;
  const kind: AgeFractionKind = !under25 ? 'full' : withParent && p.withParentRuleExists ? 'under25WithParent' : 'under25';
  // The move decides only for someone under the age limit this month, under an Act with the parent rule.
  const timingDecided = ageChange === 'withinMonth' || (householdChange === 'withinMonth' && under25 && p.withParentRuleExists);
  return { kind, under25, withParent, birthday, timingDecided, ageChange, householdChange };
}
