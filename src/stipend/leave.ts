/**
 * Leave without stipend (care leave after a birth or adoption, long-term illness, leave to take work): no
 * stipend for the days of leave — calendar days × the daily rate (month / 30), the Act's day divisor.
 * Leave given as dates counts its calendar days in the month and inside the programme. Leave on **every**
 * programme day of the month removes the whole amount earned that month: no day of it earned a stipend,
 * so neither a 28-day February (28 × 1/30 would leave 2/30) nor a 31-day month (31 × 1/30 would be more than
 * the month) is priced by the count. Integration Act: integreringsforskriften §§ 11–16; Introduction Act:
 * the leave regulation FOR-2003-07-18-973, given under the Act's § 10. Leave with
 * stipend (antenatal check-ups, pregnancy, birth, welfare leave) is not a deduction and belongs under
 * excused absence.
 * @module
 */
import { daysBetween } from '../core/date.js';
import { inputError } from '../core/errors.js';
import { usedValue } from '../core/explanation.js';
import { weakestBasis } from '../core/legal-reference.js';
import { references } from '../sources/references.js';
import { firstDayOfMonth, lastDayOfMonth, type IsoMonth } from '../core/month.js';
import { Rational } from '../core/rational.js';
import type { StipendSlices } from './options.js';
import { showDivisors } from './tables/divisors.js';
import { leadMessage, type PendingDeduction } from './deduction-line.js';
import type { StipendLeave } from './leave-input.js';
import type { ProgrammeDays } from './partial-month.js';
import { rateBasis } from './rate-basis.js';
import type { MonthRates } from './stipend-rates.js';
import { regimeParameters, type StipendRegime } from './regime.js';
import { showCount, showRate } from './show.js';

const LEAVE = /* @__PURE__ */ leadMessage('Permisjon uten stønad', 'Leave without stipend');

/** The month's leave as counted: calendar days, and whether they are every programme day of the month. @internal */
export interface LeaveInMonth {
  readonly given: StipendLeave;
  readonly calendarDays: Rational;
  /** True when the leave covers every day of the month in the programme. */
  readonly wholeMonth: boolean;
  /** The path to name when the days do not fit the month. */
  readonly path: readonly string[];
}

/**
 * Counts the leave's calendar days in the month; leave given as dates counts only its days inside the month
 * and the programme, and dates with no such day are refused (path `leaveWithoutStipend`). @internal
 */
export function leaveInMonth(
  leave: StipendLeave | undefined,
  month: IsoMonth,
  programme: { start: string; end?: string | undefined },
  days: ProgrammeDays,
): LeaveInMonth | undefined {
  if (leave === undefined) return undefined;
  let count: Rational;
  if (leave.kind === 'calendarDays') {
    count = leave.calendarDays;
  } else {
    const first = firstDayOfMonth(month);
    const last = lastDayOfMonth(month);
    const from = [leave.from, first, programme.start].reduce((a, b) => (a > b ? a : b));
    const to = [leave.to, last, ...(programme.end === undefined ? [] : [programme.end])].reduce((a, b) => (a < b ? a : b));
    if (from > to) {
      throw inputError('leave_outside_month', ['leaveWithoutStipend'], {
        nb: `permisjonen ${leave.from}–${leave.to} har ingen dag i programmet i ${month}`,
        en: `the leave ${leave.from}–${leave.to} has no day in the programme in ${month}`,
      });
    }
    count = Rational.of(daysBetween(from, to) + 1);
  }
  return {
    given: leave,
    calendarDays: count,
    wholeMonth: count.compare(Rational.of(days.days)) === 0,
    path: leave.kind === 'calendarDays' ? ['leaveWithoutStipend', 'calendarDays'] : ['leaveWithoutStipend'],
  };
}

/** The explanation's words for the leave counted. */
function detail(l: LeaveInMonth, r: MonthRates, days: ProgrammeDays, locale: 'nb' | 'en'): string {
  const nb = locale === 'nb';
  const g = l.given;
  const span =
    g.kind === 'dates'
      ? `${g.from}–${g.to}${g.workingDays === undefined ? '' : nb ? ` (${showCount(g.workingDays, 'nb')} virkedager oppgitt)` : ` (${showCount(g.workingDays, 'en')} working days given)`}: `
      : '';
  if (l.wholeMonth) {
    return nb
      ? `${span}permisjon alle ${days.days} dagene i programmet denne måneden: hele månedens beløp`
      : `${span}leave on all ${days.days} days in the programme this month: the whole month's amount`;
  }
  return nb
    ? `${span}${showCount(l.calendarDays, 'nb')} kalenderdager × dagsats ${showRate(r.day, 'nb')}`
    : `${span}${showCount(l.calendarDays, 'en')} calendar days × daily rate ${showRate(r.day, 'en')}`;
}

/** The deduction for days of leave without stipend; `grossExact` is what the month earned. @internal */
export function leaveDeduction(
  l: LeaveInMonth | undefined,
  grossExact: Rational,
  days: ProgrammeDays,
  r: MonthRates,
  regime: StipendRegime,
  parameters: StipendSlices,
  explain: boolean,
): PendingDeduction[] {
  if (l === undefined || l.calendarDays.isZero()) return [];
  return [
    {
      kind: 'leaveWithoutStipend',
      exact: l.wholeMonth ? grossExact : l.calendarDays.mul(r.day),
      info: explain
        ? {
            rule: 'stipend.leave-without-stipend',
            message: LEAVE,
            params: { detail: { nb: detail(l, r, days, 'nb'), en: detail(l, r, days, 'en') } },
            reference:
              regime === 'integreringsloven'
                ? references.integrationRegulation('§§ 11–16')
                : { ...references.introductionActLeaveRegulation(), related: [references.introductionAct('§ 10')] },
            basis: weakestBasis('official', rateBasis(r)),
            used: [usedValue(regimeParameters(parameters, regime).divisors, r.divisors, showDivisors)],
          }
        : undefined,
    },
  ];
}
