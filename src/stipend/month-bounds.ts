/**
 * Checks that the month's absence, leave and work fit inside the month: more absence hours than the
 * month's programme hours, or more days than the days in the programme, is a typing error, never a
 * deduction to cap.
 *
 * Legal source: the reductions are proportional to the time missed (introduksjonsloven § 10,
 * integreringsloven § 21), so no more time can be missed than the month holds; the bounds are the
 * library's input checks on that.
 * @module
 */
import { inputError } from '../core/errors.js';
import { Rational } from '../core/rational.js';
import type { StipendDivisors } from './tables/divisors.js';
import type { LeaveInMonth } from './leave.js';
import type { ParsedStipendMonth } from './month-input.js';
import type { ProgrammeDays } from './partial-month.js';
import { showCount } from './show.js';

function tooMany(
  path: (string | number)[],
  what: { nb: string; en: string },
  value: Rational,
  limit: Rational,
  limitText: { nb: string; en: string },
): never {
  throw inputError('exceeds_month', path, {
    nb: `${showCount(value, 'nb')} ${what.nb} er mer enn ${limitText.nb} (${showCount(limit, 'nb')})`,
    en: `${showCount(value, 'en')} ${what.en} is more than ${limitText.en} (${showCount(limit, 'en')})`,
  });
}

/**
 * Refuses hours above the month's programme hours (`scheduledHours`, or else the hours the divisors imply:
 * 1850 / 12 for a full month, times the partial share) and days above the days in the programme. @internal
 */
export function checkMonthBounds(
  c: ParsedStipendMonth,
  days: ProgrammeDays,
  divisors: StipendDivisors,
  leave: LeaveInMonth | undefined,
): void {
  const hoursLimit = c.scheduledHours ?? Rational.of(divisors.hour, divisors.month).mul(days.share);
  const hoursText =
    c.scheduledHours !== undefined
      ? { nb: 'månedens programtimer', en: "the month's programme hours" }
      : { nb: 'månedens timer etter delingstallet', en: "the month's hours by the divisor" };
  const dayLimit = Rational.of(days.days);
  const daysText = { nb: 'dagene i programmet denne måneden', en: 'the days in the programme this month' };
  const h = c.unexcusedAbsence?.hours;
  if (h !== undefined && h.compare(hoursLimit) > 0)
    tooMany(['unexcusedAbsence', 'hours'], { nb: 'timer', en: 'hours' }, h, hoursLimit, hoursText);
  const eh = c.excusedAbsence?.hours;
  if (eh !== undefined && eh.compare(hoursLimit) > 0)
    tooMany(['excusedAbsence', 'hours'], { nb: 'timer', en: 'hours' }, eh, hoursLimit, hoursText);
  const w = c.paidWorkHours;
  if (w !== undefined && w.add(h ?? Rational.ZERO).compare(hoursLimit) > 0) {
    tooMany(
      ['paidWorkHours'],
      { nb: 'timer (arbeid og fravær)', en: 'hours (work and absence)' },
      w.add(h ?? Rational.ZERO),
      hoursLimit,
      hoursText,
    );
  }
  const d = c.unexcusedAbsence?.days ?? Rational.ZERO;
  if (d.compare(dayLimit) > 0) tooMany(['unexcusedAbsence', 'days'], { nb: 'dager', en: 'days' }, d, dayLimit, daysText);
  const ed = c.excusedAbsence?.days;
  if (ed !== undefined && ed.compare(dayLimit) > 0)
    tooMany(['excusedAbsence', 'days'], { nb: 'dager', en: 'days' }, ed, dayLimit, daysText);
  const l = leave?.calendarDays;
  if (leave !== undefined && l !== undefined && l.add(d).compare(dayLimit) > 0)
    tooMany([...leave.path], { nb: 'dager (permisjon og fravær)', en: 'days (leave and absence)' }, l.add(d), dayLimit, daysText);
}
