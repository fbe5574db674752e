/**
 * Unexcused absence (Introduction Act § 10 with its leave regulation FOR-2003-07-18-973, Integration Act
 * § 21): absence that is neither approved nor
 * caused by illness or other compelling welfare reasons reduces the stipend in proportion to its length —
 * hours × the hourly rate (yearly / 1850), days × the daily rate (month / 30). Excused absence never
 * reduces it.
 * @module
 */
import { usedValue } from '../core/explanation.js';
import { weakestBasis } from '../core/legal-reference.js';
import type { Rational } from '../core/rational.js';
import type { StipendSlices } from './options.js';
import { showDivisors } from './tables/divisors.js';
import { leadMessage, type PendingDeduction } from './deduction-line.js';
import { rateBasis } from './rate-basis.js';
import type { MonthRates } from './stipend-rates.js';
import { regimeParameters, type StipendRegime } from './regime.js';
import { showCount, showRate } from './show.js';

const HOURS = /* @__PURE__ */ leadMessage('Trekk for ugyldig fravær i timer', 'Deduction for unexcused absence in hours');
const DAYS = /* @__PURE__ */ leadMessage('Trekk for ugyldig fravær i dager', 'Deduction for unexcused absence in days');

/** The deductions for unexcused absence. @internal */
export function absenceDeductions(
  absence: { hours?: Rational | undefined; days?: Rational | undefined } | undefined,
  r: MonthRates,
  regime: StipendRegime,
  parameters: StipendSlices,
  explain: boolean,
): PendingDeduction[] {
  const out: PendingDeduction[] = [];
  if (absence === undefined) return out;
  const rp = explain ? regimeParameters(parameters, regime) : undefined;
  const ref = rp?.absence;
  // The rule is official (the Acts' § 10 / § 21 as IMDi and the bill state it); the rates it multiplies may be less certain.
  const basis = rp && weakestBasis('official', rateBasis(r));
  const used = rp ? [usedValue(rp.divisors, r.divisors, showDivisors)] : [];
  if (absence.hours !== undefined && !absence.hours.isZero()) {
    const h = absence.hours;
    out.push({
      kind: 'unexcusedAbsenceHours',
      exact: h.mul(r.hour),
      info: ref && {
        rule: 'stipend.unexcused-absence.hours',
        message: HOURS,
        params: {
          detail: {
            nb: `${showCount(h, 'nb')} timer × timesats ${showRate(r.hour, 'nb')}`,
            en: `${showCount(h, 'en')} hours × hourly rate ${showRate(r.hour, 'en')}`,
          },
        },
        reference: ref,
        basis: basis ?? 'official',
        used,
      },
    });
  }
  if (absence.days !== undefined && !absence.days.isZero()) {
    const d = absence.days;
    out.push({
      kind: 'unexcusedAbsenceDays',
      exact: d.mul(r.day),
      info: ref && {
        rule: 'stipend.unexcused-absence.days',
        message: DAYS,
        params: {
          detail: {
            nb: `${showCount(d, 'nb')} dager × dagsats ${showRate(r.day, 'nb')}`,
            en: `${showCount(d, 'en')} days × daily rate ${showRate(r.day, 'en')}`,
          },
        },
        reference: ref,
        basis: basis ?? 'official',
        used,
      },
    });
  }
  return out;
}
