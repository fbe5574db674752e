/**
 * Which fraction of the full stipend applies in a month: full, under 25 (2/3), under 25 living with a
 * parent (1/3, Integration Act § 20 only), times 5/6 for a childless couple both in the programme
 * (Integration Act § 20 fourth paragraph, from its in-force date). A change at the 25th birthday or on
 * moving takes effect from the month set by the `stipendFractionChange` parameter (assumption: the month
 * after), unless the caller says otherwise.
 * @module
 */
import { dateParts, formatIsoDate, type IsoDate } from '../core/date.js';
import { monthOf, type IsoMonth } from '../core/month.js';
import type { FractionChangeTiming } from '../parameters/stipend-fraction-change.js';

/** Which age/household fraction applies. */
export type AgeFractionKind = 'full' | 'under25' | 'under25WithParent';

/** True when an event in `eventMonth` has taken effect in `month` under the timing. */
function inEffect(eventMonth: IsoMonth, month: IsoMonth, timing: FractionChangeTiming): boolean {
  return timing === 'sameMonth' ? eventMonth <= month : eventMonth < month;
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
export function ageFractionKind(p: {
  birthDate: IsoDate;
  month: IsoMonth;
  ageLimit: number;
  livesWithParent: boolean;
  householdChangedOn: IsoDate | undefined;
  withParentRuleExists: boolean;
  ageTiming: FractionChangeTiming;
  householdTiming: FractionChangeTiming;
}): { kind: AgeFractionKind; under25: boolean; withParent: boolean; birthday: IsoDate } {
  const birthday = birthdayAt(p.birthDate, p.ageLimit);
  const under25 = !inEffect(monthOf(birthday), p.month, p.ageTiming);
  let withParent = p.livesWithParent;
  if (p.householdChangedOn !== undefined && !inEffect(monthOf(p.householdChangedOn), p.month, p.householdTiming)) withParent = !withParent;
  const kind: AgeFractionKind = !under25 ? 'full' : withParent && p.withParentRuleExists ? 'under25WithParent' : 'under25';
  return { kind, under25, withParent, birthday };
}
